/** What a count counts: candidates in their official order, ranked and graded ballots. */
package org.scrutineer.count.ballot;
