package org.scrutineer.count.arithmetic;

import java.math.BigDecimal;
import java.util.Objects;
import org.scrutineer.count.rules.Rounding;

/**
 * Exact decimal arithmetic at a named number of places: every value a count stores (a transfer
 * value, a quota, a share of a surplus) goes through {@link #cut}, so the rounding rule is applied
 * in one place. Sums and products of cut values are exact; only division and {@link #cut} round.
 */
public record Precision(int decimalPlaces, Rounding rounding) {
  public Precision {
    Objects.requireNonNull(rounding, "rounding");
    if (decimalPlaces < 0) {
      throw new IllegalArgumentException("decimal places is negative: " + decimalPlaces);
    }
  }

  /** {@code value} cut to this many places by this rounding. */
  public BigDecimal cut(BigDecimal value) {
    return value.setScale(decimalPlaces, rounding.mode());
  }

  /** {@code dividend / divisor} cut to this many places (exact to the last place, then rounded). */
  public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, decimalPlaces, rounding.mode());
  }

  /** {@code a × b} cut to this many places. */
  public BigDecimal multiply(BigDecimal a, BigDecimal b) {
    return cut(a.multiply(b));
  }

  /** The smallest positive value at this many places, 10^−places. */
  public BigDecimal unit() {
    return BigDecimal.ONE.movePointLeft(decimalPlaces);
  }
}
