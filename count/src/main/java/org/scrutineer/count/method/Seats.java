package org.scrutineer.count.method;

/**
 * The one check, and the one message, for a count that fills 1 to K seats from K candidates, so that
 * every method refuses an impossible {@code --seats} in the same words.
 */
public final class Seats {
  private Seats() {}

  /** @throws IllegalArgumentException unless 1 ≤ seats ≤ candidates, naming the method and the fix */
  public static void check(CountMethod method, int seats, int candidates) {
    if (seats < 1 || seats > candidates) {
      throw new IllegalArgumentException(method + " fills 1 … " + candidates + " seats with " + candidates
          + " candidates, not " + seats + " (give --seats between 1 and " + candidates + ")");
    }
  }
}
