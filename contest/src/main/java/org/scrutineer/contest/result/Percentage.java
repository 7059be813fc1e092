package org.scrutineer.contest.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Percentages as the party publishes them: to one decimal place, rounded half up (2016, members:
 * Corbyn 168,216 of 285,176 valid votes = 58.986…% → 59.0%). Computed exactly from the two whole
 * numbers, so the rounding is the only approximation. Rounded shares need not add up to 100.0.
 */
public final class Percentage {
  /** One decimal place. */
  public static final int PLACES = 1;
  /** Half up: 12.25% → 12.3%. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentage() {}

  /** {@code part} as a percentage of {@code whole}; empty when {@code whole} is 0 (no percentage to give). */
  public static Optional<BigDecimal> of(long part, long whole) {
    if (part < 0 || whole < 0) {
      throw new IllegalArgumentException("a percentage of counts, got " + part + " of " + whole);
    }
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), PLACES, ROUNDING));
  }
}
