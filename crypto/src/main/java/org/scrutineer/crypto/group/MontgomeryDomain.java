package org.scrutineer.crypto.group;

import java.math.BigInteger;

/**
 * Arithmetic mod an odd p in Montgomery form, x̃ = x·R mod p with R = 2^(32·len) (Handbook of
 * Applied Cryptography §14.3.2): a product of two such numbers costs one {@link
 * MontgomeryMultiplier} step and no division, which is what makes the exponentiation methods of
 * {@link PowerChain} and {@link FixedBaseTable} pay off. Values stay in this form for a whole
 * exponentiation and are converted once on the way in and once on the way out.
 */
final class MontgomeryDomain {
  /** The fastest multiplier this JVM lets us use; see {@link JdkIntrinsicMontgomery}. */
  private static final MontgomeryMultiplier BEST =
      JdkIntrinsicMontgomery.load().orElse(PortableMontgomery.INSTANCE);

  private final BigInteger p;
  private final MontgomeryMultiplier multiplier;
  private final int len;
  private final int[] modulus;
  private final long inverse;
  private final int[] rSquared;
  private final int[] plainOne;
  private final int[] one;

  MontgomeryDomain(BigInteger p) {
    this(p, BEST);
  }

  MontgomeryDomain(BigInteger p, MontgomeryMultiplier multiplier) {
    if (p.signum() <= 0 || !p.testBit(0)) {
      throw new IllegalArgumentException("Montgomery arithmetic needs an odd positive modulus");
    }
    this.p = p;
    this.multiplier = multiplier;
    int words = (p.bitLength() + 31) / 32;
    this.len = words + (words & 1); // even: the intrinsics work on 64-bit limbs
    this.modulus = words(p, len);
    this.inverse = negatedInverse64(modulus, len);
    BigInteger r = BigInteger.ONE.shiftLeft(32 * len);
    this.rSquared = words(r.multiply(r).mod(p), len);
    this.plainOne = words(BigInteger.ONE, len);
    this.one = words(r.mod(p), len);
  }

  /** Which multiplier the JVM gave us, for benchmark reports. */
  static String multiplierName() {
    return BEST.name();
  }

  /**
   * Whether products here are fast enough for {@link PowerChain}s to beat {@link
   * BigInteger#modPow}: with the JDK intrinsic they are (1.3 µs a product); with the portable
   * multiplier (5.6 µs) a chain and three Yao evaluations take longer than three modPow calls,
   * though fixed-base tables still win (bench: {@code ArithmeticBenchmark}).
   */
  boolean hasFastProducts() {
    return multiplier instanceof JdkIntrinsicMontgomery;
  }

  /** x̃ for 0 ≤ x &lt; p. */
  int[] toMontgomery(BigInteger x) {
    return multiply(words(x, len), rSquared);
  }

  /** x from x̃, fully reduced into [0, p). */
  BigInteger toBigInteger(int[] montgomery) {
    BigInteger x = value(multiplier.multiply(montgomery, plainOne, modulus, len, inverse), len);
    return x.compareTo(p) >= 0 ? x.subtract(p) : x;
  }

  /** How many 32-bit words a value in this domain takes. */
  int length() {
    return len;
  }

  /** 1̃ = R mod p. */
  int[] one() {
    return one;
  }

  int[] multiply(int[] a, int[] b) {
    return multiplier.multiply(a, b, modulus, len, inverse);
  }

  int[] square(int[] a) {
    return multiplier.square(a, modulus, len, inverse);
  }

  /** The low {@code len} words of x ≥ 0, big-endian, as BigInteger keeps its magnitude. */
  static int[] words(BigInteger x, int len) {
    byte[] bytes = x.toByteArray(); // big-endian two's complement, maybe one leading zero byte
    int[] words = new int[len];
    for (int fromEnd = 0; fromEnd < bytes.length && fromEnd < 4 * len; fromEnd++) {
      int b = bytes[bytes.length - 1 - fromEnd] & 0xff;
      words[len - 1 - fromEnd / 4] |= b << (8 * (fromEnd % 4));
    }
    return words;
  }

  /** The number held in the first {@code len} words of {@code words}. */
  static BigInteger value(int[] words, int len) {
    byte[] bytes = new byte[4 * len];
    for (int i = 0; i < len; i++) {
      int word = words[i];
      bytes[4 * i] = (byte) (word >>> 24);
      bytes[4 * i + 1] = (byte) (word >>> 16);
      bytes[4 * i + 2] = (byte) (word >>> 8);
      bytes[4 * i + 3] = (byte) word;
    }
    return new BigInteger(1, bytes);
  }

  /** −n^-1 mod 2^64 for the odd n in {@code words}, by Newton's iteration (each step doubles the correct bits). */
  static long negatedInverse64(int[] words, int len) {
    long n0 = (words[len - 1] & 0xffff_ffffL) | ((long) words[len - 2] << 32);
    long x = n0; // correct to 3 bits: n·n ≡ 1 mod 8 for odd n
    for (int i = 0; i < 5; i++) {
      x *= 2 - n0 * x;
    }
    return -x;
  }
}
