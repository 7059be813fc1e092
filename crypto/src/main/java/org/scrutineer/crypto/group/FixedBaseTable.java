package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exponentiation of one fixed base with a precomputed table (the fixed-base windowing method,
 * Handbook of Applied Cryptography §14.6.3): with windows of w bits, entry [i][d] = base^(d·2^(w·i))
 * in Montgomery form, so base^e is the product of one entry per w-bit digit of e — for a 256-bit
 * exponent 31 products with w = 8 and 21 with w = 12, no squarings, against about 300 in {@link
 * BigInteger#modPow}. The table holds 2^w − 1 entries per digit: with w = 8, 2 MiB for a 256-bit q
 * and 17 MiB for the 2047-bit q of RFC-3526-2048; see {@link FixedBase} for when wider ones pay.
 */
final class FixedBaseTable {
  /** The window of the first table a base gets: cheap to build (8,160 products for 256 bits). */
  static final int DEFAULT_WINDOW_BITS = 8;

  private final MontgomeryDomain domain;
  private final int[][][] rows;
  private final int exponentBits;
  private final int windowBits;

  FixedBaseTable(MontgomeryDomain domain, BigInteger base, int exponentBits) {
    this(domain, base, exponentBits, DEFAULT_WINDOW_BITS);
  }

  FixedBaseTable(MontgomeryDomain domain, BigInteger base, int exponentBits, int windowBits) {
    if (windowBits < 1 || windowBits > 16) {
      throw new IllegalArgumentException("window of 1 to 16 bits, got " + windowBits);
    }
    int len = domain.length();
    int digits = 1 << windowBits;
    this.domain = domain;
    this.exponentBits = exponentBits;
    this.windowBits = windowBits;
    int rowCount = rows(exponentBits, windowBits);
    this.rows = new int[rowCount][digits][];
    int[] rowBase = domain.toMontgomery(base);
    for (int i = 0; i < rowCount; i++) {
      int[][] row = rows[i];
      row[0] = domain.one();
      row[1] = Arrays.copyOf(rowBase, len);
      for (int d = 2; d < digits; d++) {
        row[d] = Arrays.copyOf(domain.multiply(row[d - 1], rowBase), len); // trimmed: half the memory
      }
      rowBase = domain.multiply(row[digits - 1], rowBase);
    }
  }

  private static int rows(int exponentBits, int windowBits) {
    return (exponentBits + windowBits - 1) / windowBits;
  }

  /** The bytes a table of this shape holds: its entries, {@code len} 32-bit words each. */
  static long sizeInBytes(int exponentBits, int windowBits, int len) {
    return (long) rows(exponentBits, windowBits) * ((1L << windowBits) - 1) * len * Integer.BYTES;
  }

  int windowBits() {
    return windowBits;
  }

  /** Whether {@link #pow} covers this exponent: 0 ≤ e &lt; 2^exponentBits. */
  boolean covers(BigInteger exponent) {
    return exponent.signum() >= 0 && exponent.bitLength() <= exponentBits;
  }

  /** base^exponent in Montgomery form, for an exponent {@link #covers} accepts. */
  int[] pow(BigInteger exponent) {
    byte[] bytes = exponent.toByteArray(); // big-endian, possibly with a leading 0 byte
    int[] result = null;
    for (int i = 0; i < rows.length; i++) {
      int digit = digit(bytes, i * windowBits, windowBits);
      if (digit != 0) {
        result = result == null ? rows[i][digit] : domain.multiply(result, rows[i][digit]);
      }
    }
    return result == null ? domain.one() : result;
  }

  /**
   * The {@code width} bits of a big-endian magnitude from bit {@code from} up (0 beyond its end): a
   * digit of an exponent, here and in {@link MultiExponentiation}.
   */
  static int digit(byte[] bytes, int from, int width) {
    int digit = 0;
    for (int taken = 0; taken < width; ) {
      int bit = from + taken;
      int index = bytes.length - 1 - (bit >>> 3);
      if (index < 0) {
        break;
      }
      int available = Math.min(8 - (bit & 7), width - taken);
      int chunk = ((bytes[index] & 0xff) >>> (bit & 7)) & ((1 << available) - 1);
      digit |= chunk << taken;
      taken += available;
    }
    return digit;
  }
}
