package org.scrutineer.nominations.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A percentage of a whole, rounded to a whole number by a named rule: "20% of the PLP and EPLP,
 * rounded up".
 *
 * @param percent between 0 and 100 inclusive, exact (a decimal, never a double)
 */
public record Threshold(BigDecimal percent, Rounding rounding) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Threshold {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(rounding, "rounding");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("percent must be between 0 and 100, got " + percent);
    }
  }

  public static Threshold of(String percent, Rounding rounding) {
    return new Threshold(new BigDecimal(percent), rounding);
  }

  /** {@code percent}% of {@code whole}, exactly (e.g. 50.8 for 20% of 254). */
  public BigDecimal exact(long whole) {
    return percent.multiply(BigDecimal.valueOf(whole)).movePointLeft(2).stripTrailingZeros();
  }

  /** How many are needed out of {@code whole}: {@link #exact} rounded by {@link #rounding}. */
  public long needed(long whole) {
    return rounding.apply(exact(whole));
  }

  /**
   * {@code 20% = 50.8, rounded up}, or {@code 20% = 50 exactly} when no rounding was needed: the
   * arithmetic behind {@link #needed}, for explanations.
   */
  public String describe(long whole) {
    BigDecimal exact = exact(whole);
    String shown = percentText() + " = " + decimal(exact);
    return exact.signum() == 0 || exact.scale() <= 0 ? shown + " exactly" : shown + ", " + rounding.words();
  }

  /** {@code 20%}. */
  public String percentText() {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }

  /** {@code 145,617.25}: thousands grouped, as the counts beside it are shown. */
  private static String decimal(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String grouped = String.format(Locale.ROOT, "%,d", new java.math.BigInteger(whole));
    return point < 0 ? grouped : grouped + plain.substring(point);
  }
}
