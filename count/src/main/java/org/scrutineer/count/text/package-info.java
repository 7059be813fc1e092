/** A count's report as readable text: the round-by-round table and what each round did. Pure. */
package org.scrutineer.count.text;
