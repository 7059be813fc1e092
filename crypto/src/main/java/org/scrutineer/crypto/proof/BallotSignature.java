package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The Schnorr signature that binds a ballot to a voter's credential — Belenios spec 2.0 §4.14
 * "Signatures". {@code ballotHash} is H_JSON of the ballot without its signature (§4.15), the
 * unpadded Base64 string that also appears in the signature's {@code hash} field.
 */
public final class BallotSignature {
  private BallotSignature() {}

  /** Spec §4.14: w random, A = g^w, challenge = H_signature(hash, A), response = w − s·challenge. */
  public static Proof sign(Group group, BigInteger secret, String ballotHash, SecureRandom random) {
    BigInteger w = group.randomExponent(random);
    BigInteger challenge = hash(group, ballotHash, group.powG(w));
    return new Proof(challenge, w.subtract(secret.multiply(challenge)).mod(group.q()));
  }

  /**
   * Spec §4.14 verification: A = g^response·credential^challenge, challenge = H_signature(hash, A). The
   * credential must be in the group, as belenios-tool checks ({@code G.check credential}): for
   * −credential the equation holds whenever the challenge is even.
   */
  public static boolean verify(Group group, BigInteger credential, String ballotHash, Proof proof) {
    if (!group.isMember(credential) || !proof.inRange(group)) {
      return false;
    }
    BigInteger a = group.powProduct(group.g(), proof.response(), credential, proof.challenge());
    return hash(group, ballotHash, a).equals(proof.challenge());
  }

  private static BigInteger hash(Group group, String ballotHash, BigInteger a) {
    return ChallengeHash.of(group, "sig|" + ballotHash + "|" + Decimal.of(a));
  }
}
