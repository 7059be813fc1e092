package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The verifiable shuffle of Belenios spec 2.0 §4.17 "Shuffles" and §6 "Shuffle algorithms" (CHVote
 * 1.3.2's Terelius–Wikström proof), as belenios-tool 2.0 implements it ({@code
 * src/lib/v1/mixnet.ml}): re-encrypt and permute the ciphertexts of one non-homomorphic question,
 * prove it, and check such a proof. The proof is made by {@link ShuffleProver}, checked by {@link
 * ShuffleVerifier}, both with the challenges of {@link ShuffleChallenges}; docs/adr/0011-shuffle-speed.md says how
 * they are made fast.
 */
public final class VerifiableShuffle {
  private VerifiableShuffle() {}

  /**
   * Spec §6 Table 1 "GenShuffle" then Table 4 "GenShuffleProof": a random permutation (Table 2), a
   * re-encryption of each ciphertext with a fresh r′ (Table 3), and the proof. The public key and
   * every input ciphertext must be group elements (checked; a shuffle of bad input proves nothing).
   */
  public static ShuffledCiphertexts shuffle(
      Group group,
      String fingerprint,
      BigInteger publicKey,
      List<Ciphertext> input,
      SecureRandom random) {
    requireMember(group, publicKey, "public key");
    int n = input.size();
    IntStream.range(0, n)
        .parallel()
        .filter(i -> !input.get(i).isValid(group))
        .min()
        .ifPresent(
            i -> {
              throw new IllegalArgumentException("input ciphertext " + i + " is not in the group");
            });
    int[] psi = permutation(n, random);
    List<BigInteger> reEncryption = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      reEncryption.add(group.randomExponent(random));
    }
    group.precompute(publicKey); // raised n times here, and in t4,1
    Ciphertext[] reEncrypted = new Ciphertext[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> reEncrypted[i] = reEncrypt(group, publicKey, input.get(i), reEncryption.get(i)));
    List<Ciphertext> output = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      output.add(reEncrypted[psi[i]]);
    }
    ShuffleProof proof =
        ShuffleProver.prove(group, fingerprint, publicKey, input, output, reEncryption, psi, random);
    return new ShuffledCiphertexts(output, proof);
  }

  /**
   * Spec §6 Table 5 "CheckShuffleProof", with the membership and range checks belenios-tool 2.0's
   * {@code check_shuffle_proof} makes first: the public key and every ciphertext in the group, the
   * lists of the proof as long as the input, every t, c, ĉ, t̂ in the group, every s in Z_q. Then the
   * six equations of step 22, each named when it fails ({@code t1} … {@code t42}, {@code tHat[i]}).
   */
  public static ShuffleCheck verify(
      Group group,
      String fingerprint,
      BigInteger y,
      List<Ciphertext> e,
      List<Ciphertext> ePrime,
      ShuffleProof proof) {
    return ShuffleVerifier.verify(group, fingerprint, y, e, ePrime, proof);
  }

  /** Spec §6 Table 2 "GenPermutation": the Fisher–Yates draw, j_{i+1} = I[k], k ∈ {i…N−1}. */
  static int[] permutation(int n, SecureRandom random) {
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = i;
    }
    int[] psi = new int[n];
    for (int i = 0; i < n; i++) {
      int k = i + random.nextInt(n - i);
      psi[i] = pool[k];
      pool[k] = pool[i];
    }
    return psi;
  }

  /** Spec §6 Table 3 "GenReEncryption": (alpha·g^r, beta·y^r). */
  static Ciphertext reEncrypt(Group group, BigInteger y, Ciphertext e, BigInteger r) {
    return new Ciphertext(group.mul(e.alpha(), group.powG(r)), group.mul(e.beta(), group.pow(y, r)));
  }

  private static void requireMember(Group group, BigInteger x, String what) {
    if (!group.isMember(x)) {
      throw new IllegalArgumentException(what + " is not an element of the group");
    }
  }
}
