package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;

/**
 * Proof that a decryption factor is alpha^x for the trustee's key X = g^x — Belenios spec 2.0 §4.18
 * "Partial decryptions". The challenge hashes {@code decrypt|φ|X|A,B}, φ being the election
 * fingerprint.
 */
public final class DecryptionProof {
  private DecryptionProof() {}

  /** Spec §4.18 steps 1–4: A = g^w, B = alpha^w, challenge = H_decrypt(X, A, B). */
  public static Proof prove(
      Group group, String fingerprint, BigInteger x, BigInteger alpha, SecureRandom random) {
    BigInteger w = group.randomExponent(random);
    BigInteger challenge =
        hash(group, fingerprint, group.powG(x), group.powG(w), group.pow(alpha, w));
    return new Proof(challenge, w.subtract(x.multiply(challenge)).mod(group.q()));
  }

  /**
   * Spec §4.18 verification: A = g^response·X^challenge, B = alpha^response·factor^challenge,
   * challenge = H_decrypt(X, A, B). The factor must be in the group, as belenios-tool's {@code
   * check_factor} requires: for −factor the equations hold whenever the challenge is even, and the
   * result would then have no discrete log.
   */
  public static boolean verify(
      Group group,
      String fingerprint,
      BigInteger publicKey,
      BigInteger alpha,
      BigInteger factor,
      Proof proof) {
    if (!group.isMember(factor) || !proof.inRange(group)) {
      return false;
    }
    BigInteger a = group.powProduct(group.g(), proof.response(), publicKey, proof.challenge());
    BigInteger b = group.powProduct(alpha, proof.response(), factor, proof.challenge());
    return hash(group, fingerprint, publicKey, a, b).equals(proof.challenge());
  }

  private static BigInteger hash(
      Group group, String fingerprint, BigInteger publicKey, BigInteger a, BigInteger b) {
    return ChallengeHash.of(group, "decrypt|" + fingerprint + "|" + Decimal.of(publicKey) + "|" + Decimal.of(a) + "," + Decimal.of(b));
  }
}
