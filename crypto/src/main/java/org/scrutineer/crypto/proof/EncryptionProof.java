package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The proof of a non-homomorphic answer — Belenios spec 2.0 §4.11.2 "Non-homomorphic answers": a
 * Schnorr proof of knowledge of the randomness r of an ElGamal encryption (alpha = g^r, beta =
 * y^r·ξ) whose plaintext ξ is a group element. It binds the ciphertext to the voter (S = φ|credential)
 * so that a ballot's encrypted answer cannot be copied into another ballot; it says nothing about ξ.
 */
public final class EncryptionProof {
  private EncryptionProof() {}

  /**
   * Spec §4.11.2: w random, A = g^w, challenge = H_raweg(S, y, alpha, beta, A), response = w −
   * r·challenge (mod q).
   *
   * @param statement S, the string φ|credential of spec §4.11.2 (φ the election fingerprint)
   */
  public static Proof prove(
      Group group, BigInteger y, String statement, Ciphertext ciphertext, BigInteger r, SecureRandom random) {
    BigInteger w = group.randomExponent(random);
    BigInteger challenge = hash(group, statement, y, ciphertext, group.powG(w));
    return new Proof(challenge, w.subtract(r.multiply(challenge)).mod(group.q()));
  }

  /**
   * Spec §4.11.2 verification: A = g^response·alpha^challenge, then challenge = H_raweg(S, y, alpha,
   * beta, A). As belenios-tool 2.0 ({@code Question_nh.verify_answer}), alpha and beta must be
   * subgroup members and challenge and response in [0, q) — ranges the spec leaves implicit (§4.2).
   */
  public static boolean verify(Group group, BigInteger y, String statement, Ciphertext ciphertext, Proof proof) {
    if (!ciphertext.isValid(group) || !proof.inRange(group)) {
      return false;
    }
    BigInteger a = group.powProduct(group.g(), proof.response(), ciphertext.alpha(), proof.challenge());
    return hash(group, statement, y, ciphertext, a).equals(proof.challenge());
  }

  /** H_raweg(S, y, α, β, A) = SHA256(raweg|S|y,α,β|A) mod q, numbers in base 10 (spec §4.11.2). */
  private static BigInteger hash(Group group, String statement, BigInteger y, Ciphertext ciphertext, BigInteger a) {
    return ChallengeHash.of(
        group,
        "raweg|" + statement + "|" + Decimal.of(y) + "," + Decimal.of(ciphertext.alpha()) + ","
            + Decimal.of(ciphertext.beta()) + "|" + Decimal.of(a));
  }
}
