/**
 * Parliamentary nominations: the register of {@link
 * org.scrutineer.nominations.parliamentary.Nominator}s (MPs, MEPs), their {@link
 * org.scrutineer.nominations.parliamentary.Nomination}s and {@link
 * org.scrutineer.nominations.parliamentary.Withdrawal}s with timestamps, and {@link
 * org.scrutineer.nominations.parliamentary.OneNominationRule}, which decides the one nomination
 * per nominator that counts and gives every other its reason ({@link
 * org.scrutineer.nominations.parliamentary.NominationReason}). docs/nominations.md states the rule.
 */
package org.scrutineer.nominations.parliamentary;
