package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;

/**
 * Proofs of interval membership — Belenios spec 2.0 §4.12: (alpha, beta) = (g^r, y^r·g^M_i) for some
 * M_i in a given list. Used for each choice being 0 or 1 and for the sum of choices lying in
 * [min, max] (§4.11.1). The hash is {@code prove|S|alpha,beta|A_0,B_0,…,A_k,B_k}.
 */
public final class IntervalProof {
  private IntervalProof() {}

  /** Spec §4.12 {@code iprove(S, r, i, M_0, …, M_k)}: proves the plaintext is {@code values[i]}. */
  public static List<Proof> prove(
      Group group,
      BigInteger y,
      String s,
      Ciphertext ciphertext,
      BigInteger r,
      int i,
      List<BigInteger> values,
      SecureRandom random) {
    return DisjunctiveProof.prove(
        group,
        y,
        statements(ciphertext, values),
        i,
        r,
        commitments -> hash(group, s, ciphertext, commitments),
        random);
  }

  /**
   * Spec §4.12 verification. First, as belenios-tool's {@code eg_disj_verify}, alpha and beta must be
   * in the group (§4.2 type G): for (alpha, −beta) the equations hold whenever the real challenge is
   * even, since (−1)^challenge = 1, so a prover could forge a proof in two tries on average — and
   * such a ciphertext, once tallied, has no discrete log.
   */
  public static boolean verify(
      Group group,
      BigInteger y,
      String s,
      Ciphertext ciphertext,
      List<BigInteger> values,
      List<Proof> proofs) {
    return ciphertext.isValid(group)
        && DisjunctiveProof.verify(
            group,
            y,
            statements(ciphertext, values),
            proofs,
            commitments -> hash(group, s, ciphertext, commitments));
  }

  /** The values 0 and 1, for the individual proofs of §4.11.1. */
  public static List<BigInteger> zeroOrOne() {
    return List.of(BigInteger.ZERO, BigInteger.ONE);
  }

  /**
   * The values min, min+1, …, max: the M_0…M_k of the overall proof, {@code iprove(S, R, M − min,
   * min, …, max)} of spec §4.11.1 "Homomorphic answers".
   */
  public static List<BigInteger> range(int min, int max) {
    List<BigInteger> values = new ArrayList<>();
    for (int m = min; m <= max; m++) {
      values.add(BigInteger.valueOf(m));
    }
    return values;
  }

  /** Statement j is (alpha, beta / g^M_j): it has the form (g^r, y^r) exactly when M = M_j. */
  private static List<DisjunctiveProof.Statement> statements(
      Ciphertext ciphertext, List<BigInteger> values) {
    List<DisjunctiveProof.Statement> statements = new ArrayList<>(values.size());
    for (BigInteger m : values) {
      statements.add(new DisjunctiveProof.Statement(ciphertext, m.intValueExact()));
    }
    return statements;
  }

  private static BigInteger hash(
      Group group, String s, Ciphertext ciphertext, List<BigInteger> commitments) {
    return ChallengeHash.of(
        group,
        "prove|"
            + s
            + "|"
            + Decimal.of(ciphertext.alpha())
            + ","
            + Decimal.of(ciphertext.beta())
            + "|"
            + ChallengeHash.commaSeparated(commitments));
  }
}
