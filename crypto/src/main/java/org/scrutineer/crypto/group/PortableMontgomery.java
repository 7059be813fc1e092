package org.scrutineer.crypto.group;

/**
 * Montgomery multiplication in plain Java, for JDKs that do not let us use {@link
 * JdkIntrinsicMontgomery}: the coarsely integrated operand scanning method (Koç, Acar and Kaliski,
 * "Analyzing and comparing Montgomery multiplication algorithms", IEEE Micro 1996) on 64-bit
 * limbs, with {@link Math#multiplyHigh} for the upper halves of the limb products. About three
 * times slower than the intrinsic, so slower than {@link java.math.BigInteger#modPow} for a single
 * exponentiation, but correct everywhere.
 */
final class PortableMontgomery implements MontgomeryMultiplier {
  static final PortableMontgomery INSTANCE = new PortableMontgomery();

  private PortableMontgomery() {}

  @Override
  public int[] multiply(int[] a, int[] b, int[] n, int len, long inverse) {
    return redcProduct(limbs(a, len), limbs(b, len), limbs(n, len), inverse, len);
  }

  @Override
  public int[] square(int[] a, int[] n, int len, long inverse) {
    long[] limbs = limbs(a, len);
    return redcProduct(limbs, limbs, limbs(n, len), inverse, len);
  }

  @Override
  public String name() {
    return "portable";
  }

  /** CIOS: for each limb a_i, t += a_i·b, then t += m·n with m chosen to clear t's low limb, t >>= 64. */
  private static int[] redcProduct(long[] a, long[] b, long[] n, long inverse, int len) {
    int s = a.length;
    long[] t = new long[s + 2];
    for (int i = 0; i < s; i++) {
      long carry = 0;
      long ai = a[i];
      for (int j = 0; j < s; j++) {
        long lo = ai * b[j];
        long hi = unsignedMultiplyHigh(ai, b[j]);
        lo += t[j];
        hi += Long.compareUnsigned(lo, t[j]) < 0 ? 1 : 0;
        lo += carry;
        hi += Long.compareUnsigned(lo, carry) < 0 ? 1 : 0;
        t[j] = lo;
        carry = hi;
      }
      long top = t[s] + carry;
      t[s + 1] = Long.compareUnsigned(top, carry) < 0 ? 1 : 0;
      t[s] = top;

      long m = t[0] * inverse;
      long lo0 = m * n[0] + t[0]; // zero by the choice of m: only its carry matters
      carry = unsignedMultiplyHigh(m, n[0]) + (Long.compareUnsigned(lo0, t[0]) < 0 ? 1 : 0);
      for (int j = 1; j < s; j++) {
        long lo = m * n[j];
        long hi = unsignedMultiplyHigh(m, n[j]);
        lo += t[j];
        hi += Long.compareUnsigned(lo, t[j]) < 0 ? 1 : 0;
        lo += carry;
        hi += Long.compareUnsigned(lo, carry) < 0 ? 1 : 0;
        t[j - 1] = lo;
        carry = hi;
      }
      long sum = t[s] + carry;
      t[s - 1] = sum;
      t[s] = t[s + 1] + (Long.compareUnsigned(sum, carry) < 0 ? 1 : 0);
    }
    // t < 2n here; like the intrinsic, subtract n only while t does not fit in s limbs.
    if (t[s] != 0) {
      long borrow = 0;
      for (int j = 0; j < s; j++) {
        long difference = t[j] - n[j] - borrow;
        borrow = Long.compareUnsigned(t[j], n[j]) < 0 || (borrow == 1 && t[j] == n[j]) ? 1 : 0;
        t[j] = difference;
      }
    }
    return words(t, len);
  }

  /** Math.unsignedMultiplyHigh arrived in JDK 18; this is its definition for JDK 17. */
  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  /** Big-endian int words (the first len of {@code words}) to little-endian 64-bit limbs. */
  private static long[] limbs(int[] words, int len) {
    long[] limbs = new long[len / 2];
    for (int i = 0; i < limbs.length; i++) {
      int low = len - 1 - 2 * i;
      limbs[i] = (words[low] & 0xffff_ffffL) | ((long) words[low - 1] << 32);
    }
    return limbs;
  }

  private static int[] words(long[] limbs, int len) {
    int[] words = new int[len];
    for (int i = 0; i < len / 2; i++) {
      int low = len - 1 - 2 * i;
      words[low] = (int) limbs[i];
      words[low - 1] = (int) (limbs[i] >>> 32);
    }
    return words;
  }
}
