package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.util.List;
import org.scrutineer.crypto.group.Group;

/**
 * Lagrange coefficients at 0 — Belenios spec 2.0 §4.19 "Election result" (threshold case): for the
 * set I of trustees (1-based indices) whose partial decryptions are combined, λ_j = Π_{k∈I, k≠j}
 * k / (k − j) mod q, so that Σ_j λ_j·P(j) = P(0) for every polynomial P of degree below |I|.
 */
public final class Lagrange {
  private Lagrange() {}

  /** λ_j for the index set; j must be in it and the indices distinct and non-zero mod q. */
  public static BigInteger coefficient(Group group, List<Integer> indices, int j) {
    if (!indices.contains(j)) {
      throw new IllegalArgumentException("index " + j + " is not among " + indices);
    }
    if (indices.stream().distinct().count() != indices.size()) {
      throw new IllegalArgumentException("indices must be distinct: " + indices);
    }
    BigInteger q = group.q();
    BigInteger lambda = BigInteger.ONE;
    for (int k : indices) {
      if (k != j) {
        BigInteger kk = BigInteger.valueOf(k);
        lambda = lambda.multiply(kk).multiply(kk.subtract(BigInteger.valueOf(j)).mod(q).modInverse(q)).mod(q);
      }
    }
    return lambda;
  }

  /** Π_j factor_j^λ_j: the combined decryption factor α^x of a Pedersen group (spec §4.19). */
  public static BigInteger combine(Group group, List<Integer> indices, List<BigInteger> factors) {
    if (indices.size() != factors.size()) {
      throw new IllegalArgumentException(indices.size() + " indices for " + factors.size() + " factors");
    }
    BigInteger result = BigInteger.ONE;
    for (int i = 0; i < indices.size(); i++) {
      result = group.mul(result, group.pow(factors.get(i), coefficient(group, indices, indices.get(i))));
    }
    return result;
  }
}
