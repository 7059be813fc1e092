package org.scrutineer.electorate.register;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money as the register holds it, in whole pence (no binary fractions), and as files write it, in
 * pounds with two decimals ("25.00"). One place for both directions, so that the CSV extracts, the
 * ruleset file and the explanations agree on what an amount is.
 */
public final class Money {
  private Money() {}

  /** "25.00" or "25" as 2500; empty for text that is not a non-negative amount with at most two decimals. */
  public static Optional<Long> parsePounds(String text) {
    try {
      BigDecimal pounds = new BigDecimal(text);
      if (pounds.signum() < 0 || pounds.scale() > 2) {
        return Optional.empty();
      }
      return Optional.of(pounds.movePointRight(2).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** 2500 as "25.00" (pence are never negative in the register). */
  public static String pounds(long pence) {
    return String.format("%d.%02d", pence / 100, pence % 100);
  }
}
