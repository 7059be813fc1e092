package org.scrutineer.count.input;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The number of ballots a line stands for: a positive whole number ({@code 3}) or an exact decimal
 * weight ({@code 0.5}), digits and at most one point, never an exponent (so {@code 1e3} cannot be
 * misread as 1,000 ballots by one tool and 1 by another).
 */
final class Weights {
  static final String FIX = "expected a positive whole number like 3 or an exact decimal weight like 0.5";

  private Weights() {}

  static Optional<BigDecimal> parse(String text) {
    return parseNonNegative(text).filter(w -> w.signum() > 0);
  }

  /** As {@link #parse}, zero allowed. */
  static Optional<BigDecimal> parseNonNegative(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return Optional.empty();
    }
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        points++;
      } else if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    if (points > 1 || text.startsWith(".") || text.endsWith(".")) {
      return Optional.empty();
    }
    BigDecimal weight = points == 0 && text.length() < 10 ? BigDecimal.valueOf(Integer.parseInt(text)) : new BigDecimal(text);
    return Optional.of(weight);
  }
}
