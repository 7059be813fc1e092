package org.scrutineer.crypto.dlog;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.crypto.group.Group;

/**
 * Discrete logarithms base g bounded by a known maximum, by baby-step giant-step — what Belenios
 * spec 2.0 §4.19 needs to read a homomorphic result: log_g(beta/F) is at most the total weight of
 * the ballots, which may be large (weights like 90,000,000,000 appear in belenios-tool's demo), so a
 * linear search is not enough. Time and memory are O(√max).
 */
public final class DiscreteLog {
  private final Group group;
  private final long giantStep;
  private final Map<BigInteger, Long> babySteps;
  private final BigInteger giantFactor;
  private final long max;

  /**
   * The largest bound accepted: the table holds √max group elements, about 300 MB at 10^12.
   * belenios-tool has no such limit and was seen still running after 9 minutes at 9·10^15.
   */
  public static final long MAX_BOUND = 1_000_000_000_000L;

  /**
   * Prepares the table for logarithms in [0, max]; refuses max above {@link #MAX_BOUND}. Spec §4.19
   * "Election result": the logarithm "is bounded by the sum of all weights", the max to give.
   */
  public DiscreteLog(Group group, long max) {
    if (max < 0 || max > MAX_BOUND) {
      throw new IllegalArgumentException(
          "cannot take discrete logarithms up to " + max + ": the bound must be between 0 and " + MAX_BOUND
              + " (the total weight of the ballots is too large to decrypt; use smaller weights)");
    }
    this.group = group;
    this.max = max;
    this.giantStep = (long) Math.ceil(Math.sqrt((double) max + 1));
    this.babySteps = new HashMap<>();
    BigInteger current = BigInteger.ONE;
    for (long j = 0; j < giantStep; j++) {
      babySteps.putIfAbsent(current, j);
      current = group.mul(current, group.g());
    }
    this.giantFactor = current.modInverse(group.p()); // g^-giantStep
  }

  /**
   * x such that g^x = value and 0 ≤ x ≤ max, if there is one: result_i,j = log_g(beta / F_i,j) of
   * spec §4.19 "Election result".
   */
  public Optional<Long> log(BigInteger value) {
    BigInteger gamma = value;
    for (long i = 0; i <= giantStep; i++) {
      Long j = babySteps.get(gamma);
      if (j != null) {
        long x = i * giantStep + j;
        return x <= max ? Optional.of(x) : Optional.empty();
      }
      gamma = group.mul(gamma, giantFactor);
    }
    return Optional.empty();
  }
}
