/**
 * What can be wrong with nominations input, as values: {@link
 * org.scrutineer.nominations.error.NominationError} is the module's one (sealed) error type, each
 * variant carrying its location and fix; {@link org.scrutineer.nominations.error.Parsed} carries
 * everything a reader read together with everything it found wrong.
 *
 * <p>A bad input is an error here; a well-formed nomination that does not count (made after the
 * close, for someone who is not a candidate, superseded, withdrawn) is not an error but a decision
 * with its reason, in {@code parliamentary} and {@code supporting}.
 */
package org.scrutineer.nominations.error;
