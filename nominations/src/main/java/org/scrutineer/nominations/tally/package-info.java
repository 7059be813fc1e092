/**
 * Counting nominations as a function: {@link org.scrutineer.nominations.tally.Tally#count} takes
 * the {@link org.scrutineer.nominations.tally.NominationInput} and the rules and returns the
 * {@code result.NominationResult}, inputs untouched, every decision returned as data.
 */
package org.scrutineer.nominations.tally;
