package org.scrutineer.nominations.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a percentage of a whole number becomes a whole number of nominations. Labour's NEC rounds up:
 * in 2016, 20% of the 254 members of the PLP and EPLP is 50.8, so 51 were needed. Rounding down
 * would let a candidate through with fewer than the percentage (50 of 254 is 19.7%); nearest rounds
 * halves up (x.5 becomes x+1).
 */
public enum Rounding {
  UP(RoundingMode.CEILING, "rounded up"),
  DOWN(RoundingMode.FLOOR, "rounded down"),
  NEAREST(RoundingMode.HALF_UP, "rounded to the nearest, halves up");

  private final RoundingMode mode;
  private final String words;

  Rounding(RoundingMode mode, String words) {
    this.mode = mode;
    this.words = words;
  }

  /** {@code value} as a whole number by this rule; {@code value} must not be negative. */
  public long apply(BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    return value.setScale(0, mode).longValueExact();
  }

  /** {@code rounded up}. */
  public String words() {
    return words;
  }

  /** {@code up}: as the rules file writes it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
