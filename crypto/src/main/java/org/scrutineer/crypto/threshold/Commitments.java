package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.util.List;
import org.scrutineer.crypto.group.Group;

/**
 * Checks against the published commitments g^a_k of Pedersen's key generation — Belenios spec 2.0
 * §4.6.5 "Vinputs" and §4.6.6 "Voutputs": a share s = P_i(j) is correct when g^s = Π_k (g^a_{i,k})^(j^k),
 * and trustee j's verification key is Π_i Π_k (g^a_{i,k})^(j^k) = g^(Σ_i P_i(j)).
 */
public final class Commitments {
  private Commitments() {}

  /** Π_k C_k^(j^k) mod p, the exponents j^k taken mod q: g^P(j) as the commitments C predict it. */
  public static BigInteger evaluate(Group group, List<BigInteger> commitments, int j) {
    BigInteger x = BigInteger.valueOf(j);
    BigInteger power = BigInteger.ONE;
    BigInteger result = BigInteger.ONE;
    for (BigInteger c : commitments) {
      result = group.mul(result, group.pow(c, power));
      power = power.multiply(x).mod(group.q());
    }
    return result;
  }

  /**
   * Whether g^share matches the commitments of the polynomial that made it, for trustee j. The
   * share must be in [0, t·q), t = the number of commitments: belenios-tool's {@code eval_poly}
   * reduces each term a_k·j^k mod q but not their sum, so its shares reach up to t·q − 1; they are
   * used mod q.
   */
  public static boolean shareMatches(Group group, List<BigInteger> commitments, int j, BigInteger share) {
    BigInteger bound = group.q().multiply(BigInteger.valueOf(commitments.size()));
    return share.signum() >= 0
        && share.compareTo(bound) < 0
        && group.powG(share.mod(group.q())).equals(evaluate(group, commitments, j));
  }

  /** Trustee j's (1-based) verification key Π_i evaluate(commitments_i, j). */
  public static BigInteger verificationKey(Group group, List<List<BigInteger>> allCommitments, int j) {
    BigInteger key = BigInteger.ONE;
    for (List<BigInteger> commitments : allCommitments) {
      key = group.mul(key, evaluate(group, commitments, j));
    }
    return key;
  }
}
