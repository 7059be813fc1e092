package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;

/**
 * Proofs of possibly-blank votes — Belenios spec 2.0 §4.13. With (alpha_0, beta_0) encrypting m_0
 * (1 for a blank vote) and (alpha_Σ, beta_Σ) the product of the other choices, encrypting m_Σ:
 *
 * <ul>
 *   <li>{@code blank_proof} proves m_0 = 0 ∨ m_Σ = 0, hash {@code bproof0|S|A_0,B_0,A_Σ,B_Σ};
 *   <li>{@code overall_proof} proves m_0 = 1 ∨ m_Σ ∈ [min…max], hash {@code bproof1|S|A_0,B_0,…}.
 * </ul>
 */
public final class BlankProof {
  private BlankProof() {}

  /**
   * §4.13.1/§4.13.2 {@code blank_proof}: for a non-blank vote the real proof is on m_0 = 0 (with
   * r_0), for a blank vote on m_Σ = 0 (with r_Σ).
   */
  public static List<Proof> proveBlank(
      Group group,
      BigInteger y,
      String s,
      Ciphertext blank,
      Ciphertext sum,
      boolean isBlank,
      BigInteger r0,
      BigInteger rSum,
      SecureRandom random) {
    return DisjunctiveProof.prove(
        group,
        y,
        List.of(DisjunctiveProof.Statement.of(blank), DisjunctiveProof.Statement.of(sum)),
        isBlank ? 1 : 0,
        isBlank ? rSum : r0,
        commitments -> hash(group, "bproof0", s, commitments),
        random);
  }

  /**
   * §4.13.3 "Verifying blank_proof"; like belenios-tool's {@code verify_blank_proof} it first checks
   * that both ciphertexts are in the group (see {@link IntervalProof#verify} for why).
   */
  public static boolean verifyBlank(
      Group group, BigInteger y, String s, Ciphertext blank, Ciphertext sum, List<Proof> proofs) {
    return blank.isValid(group)
        && sum.isValid(group)
        && DisjunctiveProof.verify(
            group,
            y,
            List.of(DisjunctiveProof.Statement.of(blank), DisjunctiveProof.Statement.of(sum)),
            proofs,
            commitments -> hash(group, "bproof0", s, commitments));
  }

  /**
   * §4.13.1/§4.13.2 {@code overall_proof}: statement 0 is m_0 = 1, statement j &gt; 0 is m_Σ = M_j
   * with M_1…M_k = min…max. {@code sumValue} is m_Σ (ignored for a blank vote).
   */
  public static List<Proof> proveOverall(
      Group group,
      BigInteger y,
      String s,
      Ciphertext blank,
      Ciphertext sum,
      int min,
      int max,
      boolean isBlank,
      int sumValue,
      BigInteger r0,
      BigInteger rSum,
      SecureRandom random) {
    return DisjunctiveProof.prove(
        group,
        y,
        overallStatements(blank, sum, min, max),
        isBlank ? 0 : 1 + sumValue - min,
        isBlank ? r0 : rSum,
        commitments -> hash(group, "bproof1", s, commitments),
        random);
  }

  /** §4.13.3 "Verifying overall_proof", after the same group membership checks as {@link #verifyBlank}. */
  public static boolean verifyOverall(
      Group group,
      BigInteger y,
      String s,
      Ciphertext blank,
      Ciphertext sum,
      int min,
      int max,
      List<Proof> proofs) {
    return blank.isValid(group)
        && sum.isValid(group)
        && DisjunctiveProof.verify(
            group,
            y,
            overallStatements(blank, sum, min, max),
            proofs,
            commitments -> hash(group, "bproof1", s, commitments));
  }

  private static List<DisjunctiveProof.Statement> overallStatements(
      Ciphertext blank, Ciphertext sum, int min, int max) {
    List<DisjunctiveProof.Statement> statements = new ArrayList<>();
    statements.add(new DisjunctiveProof.Statement(blank, 1));
    for (int m = min; m <= max; m++) {
      statements.add(new DisjunctiveProof.Statement(sum, m));
    }
    return statements;
  }

  private static BigInteger hash(
      Group group, String prefix, String s, List<BigInteger> commitments) {
    return ChallengeHash.of(group, prefix + "|" + s + "|" + ChallengeHash.commaSeparated(commitments));
  }
}
