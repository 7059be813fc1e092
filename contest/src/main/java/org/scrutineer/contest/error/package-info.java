/** The contest module's one error type, {@link org.scrutineer.contest.error.ContestError}, and its variants. */
package org.scrutineer.contest.error;
