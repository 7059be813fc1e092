package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The OR-proof shared by Belenios spec 2.0 §4.12 (interval membership) and §4.13 (possibly-blank
 * votes): for statements (a_j, b_j / g^M_j), j = 0…k, prove that one of them has the form (g^r,
 * y^r). Each caller supplies the statements — e.g. (alpha, beta / g^M_j) for §4.12 — and the
 * challenge hash of the commitment list A_0, B_0, …, A_k, B_k.
 */
final class DisjunctiveProof {
  private DisjunctiveProof() {}

  /**
   * The statement (a, b / g^shift) for {@code ciphertext} = (a, b). Kept as b and shift rather than
   * the quotient so that every statement on one ciphertext raises the same b, whose powers the
   * group computes once ({@link Group#powProductOverPowG}).
   */
  record Statement(Ciphertext ciphertext, int shift) {
    static Statement of(Ciphertext ciphertext) {
      return new Statement(ciphertext, 0);
    }
  }

  /**
   * Proves that statement {@code real} is (g^r, y^r): every other proof is simulated with a random
   * challenge and response, the real one gets the challenge hash minus their sum (§4.12 steps 1–2).
   */
  static List<Proof> prove(
      Group group,
      BigInteger y,
      List<Statement> statements,
      int real,
      BigInteger r,
      Function<List<BigInteger>, BigInteger> challengeHash,
      SecureRandom random) {
    int n = statements.size();
    List<BigInteger> commitments = new ArrayList<>(Collections.nCopies(2 * n, null));
    Proof[] proofs = new Proof[n];
    BigInteger simulatedSum = BigInteger.ZERO;
    for (int j = 0; j < n; j++) {
      if (j == real) {
        continue;
      }
      Proof simulated = new Proof(group.randomExponent(random), group.randomExponent(random));
      proofs[j] = simulated;
      simulatedSum = simulatedSum.add(simulated.challenge());
      commitments.set(2 * j, commitA(group, statements.get(j), simulated));
      commitments.set(2 * j + 1, commitB(group, y, statements.get(j), simulated));
    }
    BigInteger w = group.randomExponent(random);
    commitments.set(2 * real, group.powG(w));
    commitments.set(2 * real + 1, group.pow(y, w));
    BigInteger challenge = challengeHash.apply(commitments).subtract(simulatedSum).mod(group.q());
    proofs[real] = new Proof(challenge, w.subtract(r.multiply(challenge)).mod(group.q()));
    return List.of(proofs);
  }

  /**
   * Recomputes A_j = g^s_j·a_j^c_j and B_j = y^s_j·b_j^c_j and checks that the challenge hash equals
   * the sum of the challenges mod q (§4.12 and §4.13.3 verification).
   */
  static boolean verify(
      Group group,
      BigInteger y,
      List<Statement> statements,
      List<Proof> proofs,
      Function<List<BigInteger>, BigInteger> challengeHash) {
    if (proofs.size() != statements.size()) {
      return false;
    }
    List<BigInteger> commitments = new ArrayList<>(2 * proofs.size());
    BigInteger challengeSum = BigInteger.ZERO;
    for (int j = 0; j < proofs.size(); j++) {
      Proof proof = proofs.get(j);
      if (!proof.inRange(group)) {
        return false;
      }
      commitments.add(commitA(group, statements.get(j), proof));
      commitments.add(commitB(group, y, statements.get(j), proof));
      challengeSum = challengeSum.add(proof.challenge());
    }
    return challengeHash.apply(commitments).equals(group.modQ(challengeSum));
  }

  /** A = g^response · a^challenge. */
  private static BigInteger commitA(Group group, Statement statement, Proof proof) {
    return group.powProduct(
        group.g(), proof.response(), statement.ciphertext().alpha(), proof.challenge());
  }

  /** B = y^response · (b / g^shift)^challenge. */
  private static BigInteger commitB(Group group, BigInteger y, Statement statement, Proof proof) {
    return group.powProductOverPowG(
        y, proof.response(), statement.ciphertext().beta(), proof.challenge(), statement.shift());
  }
}
