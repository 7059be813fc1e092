package org.scrutineer.crypto.shuffle;

import java.util.List;
import java.util.Objects;
import org.scrutineer.crypto.elgamal.Ciphertext;

/**
 * The ciphertexts of one non-homomorphic question after a shuffle, with the proof that they are a
 * permuted re-encryption of the input — one entry of {@code ciphertexts} and of {@code proofs} of
 * Belenios spec 2.0 §4.17 "Shuffles".
 */
public record ShuffledCiphertexts(List<Ciphertext> ciphertexts, ShuffleProof proof) {
  public ShuffledCiphertexts {
    ciphertexts = List.copyOf(ciphertexts);
    Objects.requireNonNull(proof, "proof");
  }
}
