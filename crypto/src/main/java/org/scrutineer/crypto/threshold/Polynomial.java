package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.group.Group;

/**
 * A trustee's secret polynomial of Pedersen's key generation — Belenios spec 2.0 §4.6.4
 * "Polynomials" ({@code raw_polynomial}): coefficients a_0 … a_{t−1} in Z_q, t the
 * threshold; trustee j receives the share P(j) and everyone the commitments g^a_k ({@code
 * coefexps}).
 */
public record Polynomial(List<BigInteger> coefficients) {
  public Polynomial {
    coefficients = List.copyOf(coefficients);
    if (coefficients.isEmpty()) {
      throw new IllegalArgumentException("a polynomial needs at least one coefficient (threshold ≥ 1)");
    }
  }

  /** t coefficients, each uniform in Z_q. */
  public static Polynomial random(Group group, int threshold, SecureRandom random) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, not " + threshold);
    }
    List<BigInteger> coefficients = new ArrayList<>(threshold);
    for (int i = 0; i < threshold; i++) {
      coefficients.add(group.randomExponent(random));
    }
    return new Polynomial(coefficients);
  }

  public int threshold() {
    return coefficients.size();
  }

  /** P(x) = Σ a_k·x^k mod q: the share sent to trustee x (1-based). */
  public BigInteger evaluate(Group group, BigInteger x) {
    BigInteger result = BigInteger.ZERO;
    BigInteger power = BigInteger.ONE;
    for (BigInteger a : coefficients) {
      result = result.add(power.multiply(a)).mod(group.q());
      power = power.multiply(x).mod(group.q());
    }
    return result;
  }

  /** The commitments g^a_k (spec §4.6.4 {@code raw_coefexps}). */
  public List<BigInteger> commitments(Group group) {
    return coefficients.stream().map(group::powG).toList();
  }
}
