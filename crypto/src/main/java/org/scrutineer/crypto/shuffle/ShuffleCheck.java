package org.scrutineer.crypto.shuffle;

/**
 * The outcome of checking a shuffle proof (Belenios spec 2.0 §6 Table 5 "CheckShuffleProof"):
 * either every check passed, or the first that failed, named so that an auditor can tell a
 * malformed proof from a wrong one.
 */
public sealed interface ShuffleCheck {

  /** True when every check of Table 5 passed. */
  boolean valid();

  /** Every check passed. */
  record Valid() implements ShuffleCheck {
    @Override
    public boolean valid() {
      return true;
    }
  }

  /**
   * A check failed: {@code check} names it (e.g. {@code "t1"}, {@code "tHat[3]"}, {@code
   * "output[2] in group"}), {@code reason} says what was wrong.
   */
  record Failed(String check, String reason) implements ShuffleCheck {
    @Override
    public boolean valid() {
      return false;
    }

    @Override
    public String toString() {
      return check + ": " + reason;
    }
  }
}
