/**
 * Voters' secret credentials, from which ballots are signed, and the Base58 digits they are written
 * in. The list of public credentials is election data: {@code org.scrutineer.belenios.credential}.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.credential.Base58}: the Base58 characters of Belenios spec 2.0
 *       §4.2 "Basic types" (uuid) and their digit values of §4.8 "Credentials".
 *   <li>{@link org.scrutineer.crypto.credential.Credential}: §4.8 "Credentials": format, checksum,
 *       secret(c) by PBKDF2 and public(c) = g^secret(c).
 * </ul>
 */
package org.scrutineer.crypto.credential;
