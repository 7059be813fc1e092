package org.scrutineer.count.rules;

/**
 * What a ranked ballot's vote does on reaching a rank that marks more than one candidate
 * (docs/counting.md, "--overvote").
 */
public enum Overvote {
  /** The ballot exhausts there (RCTab "exhaust immediately"; most US jurisdictions, e.g. Maine). */
  EXHAUST("exhaust"),
  /** The rank is passed over as if blank (RCTab "always skip to next rank"). */
  SKIP("skip"),
  /**
   * The ballot exhausts only if more than one of that rank's candidates is still continuing; if
   * exactly one is, the vote goes to it; if none is, the rank is passed over (RCTab "exhaust if
   * multiple continuing"; Portland, Oregon).
   */
  EXHAUST_IF_MULTIPLE_CONTINUING("exhaust-if-multiple-continuing");

  private final String flag;

  Overvote(String flag) {
    this.flag = flag;
  }

  /** The spelling in flags, rules files and reports. */
  public String flag() {
    return flag;
  }

  @Override
  public String toString() {
    return flag;
  }
}
