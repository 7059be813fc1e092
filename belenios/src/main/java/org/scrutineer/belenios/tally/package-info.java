/**
 * From the counted ballots to the result: the encrypted tally, the trustees' partial decryptions,
 * the election result, and the payloads of the events that carry them.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.tally.EncryptedTally}: {@code encrypted_tally} of Belenios
 *       spec 2.0 §4.16 "Encrypted tally" (homomorphic sums, non-homomorphic ciphertexts in
 *       belenios-tool's order), and nh_ciphertexts and the merge of shuffled ones of §4.17.
 *   <li>{@link org.scrutineer.belenios.tally.SizedEncryptedTally}: {@code sized_encrypted_tally} of
 *       §4.16 "Encrypted tally", the payload of the EncryptedTally event.
 *   <li>{@link org.scrutineer.belenios.tally.PartialDecryption}: {@code partial_decryption} of
 *       §4.18 "Partial decryptions".
 *   <li>{@link org.scrutineer.belenios.tally.OwnedPayload}: {@code owned_partial_decryption} of
 *       §4.18 "Partial decryptions" and {@code owned_shuffle} of §4.17 "Shuffles".
 *   <li>{@link org.scrutineer.belenios.tally.DecryptionFactors}: the trustees' partial decryptions
 *       combined, Single ones and threshold groups by Lagrange coefficients (§4.19, §3.1.1).
 *   <li>{@link org.scrutineer.belenios.tally.ElectionResult}: {@code result} of §4.19 "Election
 *       result": counts and decrypted non-homomorphic ballots, computed and checked.
 * </ul>
 */
package org.scrutineer.belenios.tally;
