/**
 * Exponential ElGamal, which encrypts every choice of a ballot, and its ciphertexts, whose products
 * add the plaintexts so that ballots can be tallied without being decrypted.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.elgamal.Ciphertext}: {@code ciphertext} of Belenios spec 2.0
 *       §4.3 "Common structures"; its product and power are those of §4.16 "Encrypted tally".
 *   <li>{@link org.scrutineer.crypto.elgamal.ElGamal}: the encryption alpha = g^r, beta = y^r·g^m
 *       of §4.11.1 "Homomorphic answers".
 * </ul>
 */
package org.scrutineer.crypto.elgamal;
