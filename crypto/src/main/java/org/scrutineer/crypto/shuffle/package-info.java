/**
 * The verifiable shuffle (mixnet) of Belenios spec 2.0 §4.17 "Shuffles" and §6 "Shuffle
 * algorithms", the Terelius–Wikström proof as CHVote 1.3.2 gives it and belenios-tool 2.0
 * implements it.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.shuffle.VerifiableShuffle}: Table 1 "GenShuffle", Table 2
 *       "GenPermutation", Table 3 "GenReEncryption", Table 4 "GenShuffleProof", Table 5
 *       "CheckShuffleProof", Tables 9–13 (commitments, challenge strings, challenges).
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffleProof}: {@code shuffle_proof} of §4.17.
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffledCiphertexts}: one question's shuffled
 *       ciphertexts and their proof.
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffleCheck}: the verifier's result, naming the check
 *       that failed.
 * </ul>
 *
 * <p>Package-private: {@code IndependentGenerators}, Tables 6–8 ({@code ggen|i}).
 */
package org.scrutineer.crypto.shuffle;
