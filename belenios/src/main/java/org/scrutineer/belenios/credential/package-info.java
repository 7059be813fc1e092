/**
 * The public credentials of an election, as the credential authority publishes them: who may vote,
 * and with which weight. Secret credentials are {@link org.scrutineer.crypto.credential}'s.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.credential.PublicCredentials}: {@code public_credentials} of
 *       Belenios spec 2.0 §4.8 "Credentials"; also belenios-tool's {@code .pubcreds} file, whose
 *       logins are not in the spec.
 *   <li>{@link org.scrutineer.belenios.credential.PublicCredential}: one entry of that list, §4.8
 *       "Credentials"; its weight is weight(b) of §4.15 "Ballots".
 * </ul>
 */
package org.scrutineer.belenios.credential;
