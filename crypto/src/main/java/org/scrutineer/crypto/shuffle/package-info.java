/**
 * The verifiable shuffle (mixnet) of Belenios spec 2.0 §4.17 "Shuffles" and §6 "Shuffle
 * algorithms", the Terelius–Wikström proof as CHVote 1.3.2 gives it and belenios-tool 2.0
 * implements it.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.shuffle.VerifiableShuffle}: Table 1 "GenShuffle", Table 2
 *       "GenPermutation", Table 3 "GenReEncryption"; the entry points of Table 4 "GenShuffleProof"
 *       and Table 5 "CheckShuffleProof".
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffleProof}: {@code shuffle_proof} of §4.17.
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffledCiphertexts}: one question's shuffled
 *       ciphertexts and their proof.
 *   <li>{@link org.scrutineer.crypto.shuffle.ShuffleCheck}: the verifier's result, naming the check
 *       that failed.
 * </ul>
 *
 * <p>Package-private: {@code ShuffleProver} (Table 4, with Tables 9 and 12), {@code
 * ShuffleVerifier} (Table 5), {@code ShuffleChallenges} (Tables 10, 11, 13), {@code
 * IndependentGenerators} (Tables 6–8, {@code ggen|i}); docs/adr/0011-shuffle-speed.md says how the
 * prover and verifier are made fast.
 */
package org.scrutineer.crypto.shuffle;
