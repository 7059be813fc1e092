package org.scrutineer.count.method.schulze;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The strength of a beat (or of a beatpath, its weakest link): {@code winning} ballots prefer A to B,
 * {@code losing} prefer B to A. Belenios 2.0 {@code Schulze.Beat}: stronger means more winning votes,
 * or as many and fewer losing votes; losing votes matter only when winning votes tie. (0, 0) is no beat.
 */
public record Beat(BigDecimal winning, BigDecimal losing) implements Comparable<Beat> {
  public static final Beat NONE = new Beat(BigDecimal.ZERO, BigDecimal.ZERO);

  public Beat {
    Objects.requireNonNull(winning, "winning");
    Objects.requireNonNull(losing, "losing");
  }

  @Override
  public int compareTo(Beat other) {
    int w = winning.compareTo(other.winning);
    return w != 0 ? w : other.losing.compareTo(losing);
  }

  static Beat weaker(Beat a, Beat b) {
    return a.compareTo(b) > 0 ? b : a;
  }

  static Beat stronger(Beat a, Beat b) {
    return a.compareTo(b) > 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Beat other && winning.compareTo(other.winning) == 0 && losing.compareTo(other.losing) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(winning.stripTrailingZeros(), losing.stripTrailingZeros());
  }
}
