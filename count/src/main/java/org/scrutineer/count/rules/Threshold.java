package org.scrutineer.count.rules;

/**
 * The quota a candidate must reach to be elected in a multi-seat count (and the majority of IRV),
 * with V the valid vote and S the seats (docs/counting.md, "--threshold").
 */
public enum Threshold {
  /** floor(V / (S + 1)) + 1 (Droop; the Scottish rules, rule 46). */
  DROOP("droop"),
  /** V / (S + 1) plus the smallest unit at the count's decimal places (RCTab "HB quota" off, non-integer on). */
  DROOP_FRACTIONAL("droop-fractional"),
  /** V / S (Hare). */
  HARE("hare");

  private final String flag;

  Threshold(String flag) {
    this.flag = flag;
  }

  public String flag() {
    return flag;
  }

  @Override
  public String toString() {
    return flag;
  }
}
