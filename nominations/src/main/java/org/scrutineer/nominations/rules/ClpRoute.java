package org.scrutineer.nominations.rules;

import java.util.Objects;

/**
 * The CLP route to the ballot: supporting nominations from a percentage of all CLPs (5% in 2020).
 *
 * @param clps how many CLPs there are: the whole the percentage is of
 */
public record ClpRoute(Threshold threshold, long clps) {
  public ClpRoute {
    Objects.requireNonNull(threshold, "threshold");
    if (clps < 1) {
      throw new IllegalArgumentException("the number of CLPs must be at least 1, got " + clps);
    }
  }
}
