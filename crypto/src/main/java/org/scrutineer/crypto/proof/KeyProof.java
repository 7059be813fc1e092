package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;

/**
 * Proof of knowledge of a trustee's private key x for X = g^x — Belenios spec 2.0 §4.5
 * "Verification keys". The challenge hashes {@code pok|G|X|A} where G is the group's name.
 */
public final class KeyProof {
  private KeyProof() {}

  /** Spec §4.5 steps 1–4: w random, A = g^w, challenge = H_pok(X, A), response = w − x·challenge. */
  public static Proof prove(Group group, BigInteger x, SecureRandom random) {
    BigInteger publicKey = group.powG(x);
    BigInteger w = group.randomExponent(random);
    BigInteger challenge = hash(group, publicKey, group.powG(w));
    return new Proof(challenge, w.subtract(x.multiply(challenge)).mod(group.q()));
  }

  /**
   * Spec §4.5 verification: A = g^response·X^challenge, challenge = H_pok(X, A). X must be in the
   * group, as belenios-tool's {@code check_single} requires: for −X the equation holds whenever the
   * challenge is even, and −X would put the election key outside the group.
   */
  public static boolean verify(Group group, BigInteger publicKey, Proof proof) {
    if (!group.isMember(publicKey) || !proof.inRange(group)) {
      return false;
    }
    BigInteger a = group.powProduct(group.g(), proof.response(), publicKey, proof.challenge());
    return hash(group, publicKey, a).equals(proof.challenge());
  }

  private static BigInteger hash(Group group, BigInteger publicKey, BigInteger a) {
    return ChallengeHash.of(group, "pok|" + group.name() + "|" + Decimal.of(publicKey) + "|" + Decimal.of(a));
  }
}
