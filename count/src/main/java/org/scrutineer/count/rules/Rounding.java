package org.scrutineer.count.rules;

import java.math.RoundingMode;

/** How a value is cut to the count's decimal places (docs/counting.md, "--rounding"). */
public enum Rounding {
  /** Towards zero: the Scottish rules truncate transfer values (rule 48(3)); RCTab truncates too. */
  TRUNCATE("truncate", RoundingMode.DOWN),
  /** To the nearest, halves up. */
  ROUND("round", RoundingMode.HALF_UP);

  private final String flag;
  private final RoundingMode mode;

  Rounding(String flag, RoundingMode mode) {
    this.flag = flag;
    this.mode = mode;
  }

  public String flag() {
    return flag;
  }

  public RoundingMode mode() {
    return mode;
  }

  @Override
  public String toString() {
    return flag;
  }
}
