/**
 * The zero-knowledge proofs of Belenios, each made and verified over a {@link
 * org.scrutineer.crypto.group.Group}: proofs of knowledge of a key, the OR-proofs that a ballot's
 * answers are well formed, the ballot signature and the proofs of correct decryption.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.proof.Proof}: {@code proof} of Belenios spec 2.0 §4.3 "Common
 *       structures".
 *   <li>{@link org.scrutineer.crypto.proof.KeyProof}: the {@code pok} of §4.5 "Verification keys".
 *   <li>{@link org.scrutineer.crypto.proof.IntervalProof}: iprove of §4.12 "Proofs of interval
 *       membership", as §4.11.1 "Homomorphic answers" uses it.
 *   <li>{@link org.scrutineer.crypto.proof.BlankProof}: §4.13 "Proofs of possibly-blank votes",
 *       with §4.13.1 "Non-blank votes (m<sub>0</sub> = 0)", §4.13.2 "Blank votes (m<sub>0</sub> =
 *       1)" and §4.13.3 "Verifying proofs".
 *   <li>{@link org.scrutineer.crypto.proof.EncryptionProof}: the proof of §4.11.2 "Non-homomorphic
 *       answers" (H_raweg), knowledge of an encryption's randomness.
 *   <li>{@link org.scrutineer.crypto.proof.BallotSignature}: §4.14 "Signatures".
 *   <li>{@link org.scrutineer.crypto.proof.DecryptionProof}: {@code decryption_proofs} of §4.18
 *       "Partial decryptions".
 * </ul>
 *
 * <p>Package-private: {@code DisjunctiveProof}, the OR-proof that §4.12 and §4.13 both describe,
 * written once; each caller supplies its section's statements and challenge hash.
 */
package org.scrutineer.crypto.proof;
