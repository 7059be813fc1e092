package org.scrutineer.count.method;

import java.util.Arrays;
import java.util.Optional;

/**
 * The counting methods, by the name {@code --method} takes (docs/counting.md has one section each).
 * {@link #ranked()} tells whether the method reads ranked ballots ({@link RankedCount}) or graded
 * ones (majority judgment, {@link GradedCount}).
 */
public enum CountMethod {
  PLURALITY("plurality", true),
  APPROVAL("approval", true),
  IRV("irv", true),
  SEQUENTIAL_IRV("sequential-irv", true),
  BOTTOMS_UP("bottoms-up", true),
  STV("stv", true),
  STV_SCOTTISH("stv-scottish", true),
  STV_MEEK("stv-meek", true),
  STV_BELENIOS("stv-belenios", true),
  SCHULZE("schulze", true),
  MAJORITY_JUDGMENT("mj", false);

  private final String flag;
  private final boolean ranked;

  CountMethod(String flag, boolean ranked) {
    this.flag = flag;
    this.ranked = ranked;
  }

  public String flag() {
    return flag;
  }

  public boolean ranked() {
    return ranked;
  }

  public static Optional<CountMethod> byFlag(String flag) {
    return Arrays.stream(values()).filter(m -> m.flag.equals(flag)).findFirst();
  }

  @Override
  public String toString() {
    return flag;
  }
}
