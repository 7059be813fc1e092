package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exponentiation of one fixed base with a precomputed table (the fixed-base windowing method,
 * Handbook of Applied Cryptography §14.6.3): entry [i][d] = base^(d·2^(8i)) in Montgomery form,
 * so base^e is the product of one entry per byte of e — 31 products and no squarings for a 256-bit
 * exponent, against about 300 in {@link BigInteger#modPow}. The table holds 255 entries per
 * exponent byte (2 MiB for a 256-bit q, 17 MiB for the 2047-bit q of RFC-3526-2048).
 */
final class FixedBaseTable {
  private static final int WINDOW_BITS = 8;
  private static final int DIGITS = 1 << WINDOW_BITS;

  private final MontgomeryDomain domain;
  private final int[][][] rows;
  private final int exponentBits;

  FixedBaseTable(MontgomeryDomain domain, BigInteger base, int exponentBits) {
    int len = domain.length();
    this.domain = domain;
    this.exponentBits = exponentBits;
    int rowCount = (exponentBits + WINDOW_BITS - 1) / WINDOW_BITS;
    this.rows = new int[rowCount][DIGITS][];
    int[] rowBase = domain.toMontgomery(base);
    for (int i = 0; i < rowCount; i++) {
      int[][] row = rows[i];
      row[0] = domain.one();
      row[1] = Arrays.copyOf(rowBase, len);
      for (int d = 2; d < DIGITS; d++) {
        row[d] = Arrays.copyOf(domain.multiply(row[d - 1], rowBase), len); // trimmed: half the memory
      }
      rowBase = domain.multiply(row[DIGITS - 1], rowBase);
    }
  }

  /** Whether {@link #pow} covers this exponent: 0 ≤ e &lt; 2^exponentBits. */
  boolean covers(BigInteger exponent) {
    return exponent.signum() >= 0 && exponent.bitLength() <= exponentBits;
  }

  /** base^exponent in Montgomery form, for an exponent {@link #covers} accepts. */
  int[] pow(BigInteger exponent) {
    byte[] bytes = exponent.toByteArray(); // big-endian, possibly with a leading 0 byte
    int[] result = null;
    for (int i = 0; i < rows.length && i < bytes.length; i++) {
      int digit = bytes[bytes.length - 1 - i] & 0xff;
      if (digit != 0) {
        result = result == null ? rows[i][digit] : domain.multiply(result, rows[i][digit]);
      }
    }
    return result == null ? domain.one() : result;
  }
}
