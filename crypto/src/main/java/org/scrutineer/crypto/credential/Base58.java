package org.scrutineer.crypto.credential;

/** The Base58 digits of Belenios spec 2.0 §4.2 and §4.8 (no 0, O, I or l). */
public final class Base58 {
  public static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Base58() {}

  /**
   * The digit value of {@code c} (1 is 0, …, z is 57: spec §4.8 "Credentials"), or -1 if it is not a
   * Base58 character.
   */
  public static int digit(char c) {
    return ALPHABET.indexOf(c);
  }

  /** The character of base-58 digit {@code digit}, 0 ≤ digit ≤ 57 (spec §4.8 "Credentials"). */
  public static char character(int digit) {
    return ALPHABET.charAt(digit);
  }
}
