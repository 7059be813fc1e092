package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.proof.Proof;

/**
 * Schnorr signatures of the threshold PKI — Belenios spec 2.0 §4.6.1 "Public key infrastructure" (signing, {@code
 * signed_msg}): with signing key sk and verification key vk = g^sk, w random, A = g^w, challenge =
 * H("sigmsg|" ‖ message ‖ "|" ‖ A) mod q, response = w − sk·challenge mod q; a verifier recomputes
 * A = g^response·vk^challenge.
 */
public final class MessageSignature {
  private MessageSignature() {}

  /** Signs {@code message} with sk (any non-negative number; it is used mod q). */
  public static Proof sign(Group group, BigInteger sk, String message, SecureRandom random) {
    BigInteger w = group.randomExponent(random);
    BigInteger challenge = hash(group, message, group.powG(w));
    return new Proof(challenge, group.modQ(w.subtract(group.modQ(sk).multiply(challenge))));
  }

  /** The signature is in range, vk in the group, and the challenge matches. */
  public static boolean verify(Group group, BigInteger vk, String message, Proof signature) {
    if (!group.isMember(vk) || !signature.inRange(group)) {
      return false;
    }
    BigInteger a = group.powProduct(group.g(), signature.response(), vk, signature.challenge());
    return hash(group, message, a).equals(signature.challenge());
  }

  private static BigInteger hash(Group group, String message, BigInteger commitment) {
    return ChallengeHash.of(group, "sigmsg|" + message + "|" + Decimal.of(commitment));
  }
}
