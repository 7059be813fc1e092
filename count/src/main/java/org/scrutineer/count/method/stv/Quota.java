package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.scrutineer.count.rules.Threshold;

/** The quota of a multi-seat count, from the valid vote V and the seats S (docs/counting.md, "--threshold"). */
final class Quota {
  private Quota() {}

  /**
   * {@link Threshold#DROOP}: floor(V / (S + 1)) + 1 (SSI 2007/42 rule 46; RCTab with
   * "nonIntegerWinningThreshold" off). {@link Threshold#DROOP_FRACTIONAL}: V / (S + 1) truncated to
   * {@code places}, plus 10^−places (RCTab with it on: "rounding down then adding the augend
   * simulates greater than"). {@link Threshold#HARE}: V / S rounded up to a whole vote (RCTab
   * "hareQuota": "rounding up simulates greater than or equal to").
   */
  static BigDecimal of(Threshold threshold, BigDecimal valid, int seats, int places) {
    return switch (threshold) {
      case DROOP -> valid.divide(BigDecimal.valueOf(seats + 1L), 0, RoundingMode.DOWN).add(BigDecimal.ONE);
      case DROOP_FRACTIONAL -> valid.divide(BigDecimal.valueOf(seats + 1L), places, RoundingMode.DOWN)
          .add(BigDecimal.ONE.movePointLeft(places));
      case HARE -> valid.divide(BigDecimal.valueOf(seats), 0, RoundingMode.UP);
    };
  }
}
