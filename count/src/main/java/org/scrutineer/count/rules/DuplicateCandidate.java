package org.scrutineer.count.rules;

/**
 * What a ranked ballot's vote does on reaching a candidate it already ranked higher (docs/counting.md,
 * "--duplicate"). Only reached once that candidate has left the count.
 */
public enum DuplicateCandidate {
  /** The ballot exhausts (RCTab "exhaust on duplicate candidate" on). */
  EXHAUST("exhaust"),
  /** The repeated mark is passed over (RCTab's default; the Scottish rules ignore later marks). */
  SKIP("skip");

  private final String flag;

  DuplicateCandidate(String flag) {
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
