package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Jacobi symbol (a/n), for odd n &gt; 0: what {@link Group#isMember} needs in a safe-prime group,
 * where the subgroup of order q = (p−1)/2 is exactly the quadratic residues and, by Euler's
 * criterion, x^q = (x/p) (mod p). At 2048 bits this takes tens of microseconds where x^q mod p takes
 * milliseconds (figures: docs/adr/0010-membership-by-jacobi-symbol.md).
 *
 * <p>The binary algorithm of Shallit and Sorenson ("A binary algorithm for the Jacobi symbol", ACM
 * SIGSAM Bulletin 27(1), 1993): Euclid's algorithm for the Jacobi symbol (Handbook of Applied
 * Cryptography §2.4.5, Algorithm 2.149; Cohen, "A Course in Computational Algebraic Number Theory",
 * Algorithm 1.4.10) with each division replaced by one subtraction, so that only subtractions and
 * shifts remain. With y odd and positive, the symbol (x/y) changes only by the rules of HAC Fact
 * 2.146:
 *
 * <ul>
 *   <li>((x−y)/y) = (x/y): subtracting y changes nothing;
 *   <li>(2/y) = (−1)^((y²−1)/8): −1 exactly when y ≡ 3 or 5 (mod 8), for each factor 2 taken out of
 *       x;
 *   <li>(x/y) = (y/x)·(−1)^((x−1)(y−1)/4) (reciprocity, x and y odd and positive): swapping them
 *       flips the sign exactly when x ≡ y ≡ 3 (mod 4).
 * </ul>
 *
 * <p>Each step needs the low bits of x and y (parity, residues mod 8) and which of the two is larger,
 * and a 2048-bit symbol takes some 1,400 subtractions and 2,900 halvings. Done one at a time on the
 * whole numbers that was 95 µs here (and a loop of {@link BigInteger} operations, a new object or
 * two a step, about 150 µs). So, as in Pornin's binary GCD ("Optimized Binary GCD for Modular
 * Inversion", IACR ePrint 2020/972), up to {@value #BATCH_SHIFTS} halvings at a time run on two words
 * per number — its exact low 64 bits and its top 32 — and are collected in a 2×2 matrix that is then
 * applied to the whole numbers in one pass. Pornin lets approximate comparisons go wrong (a negative
 * value is negated afterwards), which a GCD tolerates but the symbol does not, since a wrong swap
 * applies reciprocity to a negative number; here a step is taken only when the top words decide the
 * comparison for certain (a Lehmer-style test: their difference must exceed the error that the
 * matrix entries can carry from the bits below them), and otherwise one exact step on the whole
 * numbers follows. Numbers are {@code int[]} of 32-bit limbs, least
 * significant first, overwritten in place with their lengths shrinking as they do.
 */
final class JacobiSymbol {
  /**
   * Halvings per batch: the matrix entries (|f| + |g| ≤ 2^k after k halvings) times a 32-bit limb
   * or a 32-bit top word must stay below 2^62, so that sums of two such products fit a long.
   */
  private static final int BATCH_SHIFTS = 30;

  private static final long LIMB = 0xFFFF_FFFFL;

  private JacobiSymbol() {}

  /**
   * (a/n) ∈ {−1, 0, 1}, for any integer a (the symbol depends on a mod n only) and odd n &gt; 0;
   * 0 exactly when gcd(a, n) &gt; 1, and (a/1) = 1.
   *
   * @throws IllegalArgumentException if n is even or not positive
   */
  static int of(BigInteger a, BigInteger n) {
    if (n.signum() <= 0 || !n.testBit(0)) {
      throw new IllegalArgumentException("the Jacobi symbol (a/n) needs an odd n > 0, not " + n);
    }
    BigInteger reduced = a.signum() < 0 || a.compareTo(n) >= 0 ? a.mod(n) : a;
    if (n.bitLength() <= 62) {
      return words(reduced.longValue(), n.longValue(), 1);
    }
    int words = (n.bitLength() + 31) >>> 5;
    int[] x = toLimbs(reduced, words);
    int[] y = toLimbs(n, words);
    return limbs(x, trim(x, words), y, words);
  }

  /** (x/y) for 0 ≤ x &lt; y, y odd, as limbs with their lengths. Overwrites both arrays. */
  private static int limbs(int[] x, int xLength, int[] y, int yLength) {
    if (xLength == 0) {
      return 0; // (0/y) = 0 for y > 1; y has more than 62 bits here
    }
    int sign = 1;
    while (true) {
      // Invariant: x > 0, y > 0 odd, and the answer is sign·(x/y).
      int bits = Math.max(bitLength(x, xLength), bitLength(y, yLength));
      if (bits <= 62) {
        return words(low64(x), low64(y), sign);
      }
      int length = Math.max(xLength, yLength);
      int top = bits - 32;
      long xTop = top32(x, length, top);
      long yTop = top32(y, length, top);
      long xLow = low64(x);
      long yLow = low64(y);
      // The whole x·2^k = f0·X + g0·Y and y·2^k = f1·X + g1·Y, X and Y the numbers at the start of
      // the batch; xTop, yTop are the same combinations of X's and Y's top words, xLow, yLow hold
      // the low 64 − k bits of x and y exactly.
      long f0 = 1;
      long g0 = 0;
      long f1 = 0;
      long g1 = 1;
      int k = 0;
      while (true) {
        if ((xLow & 1) == 0) {
          int shift = Math.min(Long.numberOfTrailingZeros(xLow), BATCH_SHIFTS - k);
          if (shift == 0) {
            break;
          }
          xLow >>>= shift; // x / 2^shift: y's row doubles instead, keeping the common 2^k
          f1 <<= shift;
          g1 <<= shift;
          yTop <<= shift;
          k += shift;
          if ((shift & 1) == 1 && twoIsNonResidue(yLow)) {
            sign = -sign;
          }
          continue;
        }
        if (k == BATCH_SHIFTS) {
          break; // a subtraction doubles |f0| + |g0|, and only the halving after it pays that back
        }
        // x − y = ((f0−f1)·X + (g0−g1)·Y) / 2^k, and the top words give that numerator up to less
        // than (|f0−f1| + |g0−g1|)·2^top: only a difference beyond that bound decides.
        long difference = xTop - yTop;
        long bound = Math.abs(f0 - f1) + Math.abs(g0 - g1);
        if (difference < -bound) {
          long t = f0;
          f0 = f1;
          f1 = t;
          t = g0;
          g0 = g1;
          g1 = t;
          t = xTop;
          xTop = yTop;
          yTop = t;
          t = xLow;
          xLow = yLow;
          yLow = t;
          if ((xLow & yLow & 2) != 0) { // both ≡ 3 (mod 4)
            sign = -sign;
          }
        } else if (difference <= bound) {
          break; // too close to call on the top words
        }
        f0 -= f1; // x > y: x ← x − y, even
        g0 -= g1;
        xTop -= yTop;
        xLow -= yLow;
      }
      if (k > 0) {
        long lengths = apply(x, y, length, f0, g0, f1, g1, k);
        xLength = (int) (lengths >>> 32);
        yLength = (int) lengths;
      } else { // x and y agree in their top 31 bits: one exact step, which takes x − y below them
        int order = compare(x, xLength, y, yLength);
        if (order == 0) {
          return 0; // x = y = gcd(x, y) > 1
        }
        if (order < 0) {
          int[] limbs = x;
          x = y;
          y = limbs;
          int t = xLength;
          xLength = yLength;
          yLength = t;
          if ((x[0] & y[0] & 2) != 0) {
            sign = -sign;
          }
        }
        xLength = subtract(x, xLength, y, yLength);
        int shift = trailingZeros(x);
        xLength = shiftRight(x, xLength, shift);
        if ((shift & 1) == 1 && twoIsNonResidue(y[0])) {
          sign = -sign;
        }
      }
    }
  }

  /** (x/y) for 0 ≤ x, 0 &lt; y &lt; 2^62, y odd, times sign: the same steps on single words. */
  private static int words(long x, long y, int sign) {
    if (x == 0) {
      return y == 1 ? sign : 0;
    }
    int shift = Long.numberOfTrailingZeros(x);
    x >>>= shift;
    if ((shift & 1) == 1 && twoIsNonResidue(y)) {
      sign = -sign;
    }
    while (x != y) {
      if (x < y) {
        long t = x;
        x = y;
        y = t;
        if ((x & y & 2) != 0) {
          sign = -sign;
        }
      }
      x -= y;
      shift = Long.numberOfTrailingZeros(x);
      x >>>= shift;
      if ((shift & 1) == 1 && twoIsNonResidue(y)) {
        sign = -sign;
      }
    }
    return y == 1 ? sign : 0;
  }

  /** (2/y) = −1 for odd y ≡ 3 or 5 (mod 8): bits 1 and 2 of y differ. */
  private static boolean twoIsNonResidue(long y) {
    return ((y >>> 1 ^ y >>> 2) & 1) != 0;
  }

  /**
   * x ← (f0·x + g0·y) / 2^k and y ← (f1·x + g1·y) / 2^k in one pass, 0 &lt; k &lt; 32; both
   * results are non-negative integers below 2^(32·length) (the batch only took certain steps).
   * Returns the new lengths, x's in the high half.
   */
  private static long apply(
      int[] x, int[] y, int length, long f0, long g0, long f1, long g1, int k) {
    int back = 32 - k;
    long xi = x[0] & LIMB;
    long yi = y[0] & LIMB;
    long xSum = f0 * xi + g0 * yi; // |f|+|g| ≤ 2^30 and limbs < 2^32: below 2^62 with the carry
    long ySum = f1 * xi + g1 * yi;
    long xPrevious = xSum & LIMB;
    long yPrevious = ySum & LIMB;
    long xCarry = xSum >> 32;
    long yCarry = ySum >> 32;
    for (int i = 1; i < length; i++) {
      xi = x[i] & LIMB;
      yi = y[i] & LIMB;
      xSum = f0 * xi + g0 * yi + xCarry;
      ySum = f1 * xi + g1 * yi + yCarry;
      long xLimb = xSum & LIMB;
      long yLimb = ySum & LIMB;
      x[i - 1] = (int) (xPrevious >>> k | xLimb << back);
      y[i - 1] = (int) (yPrevious >>> k | yLimb << back);
      xPrevious = xLimb;
      yPrevious = yLimb;
      xCarry = xSum >> 32;
      yCarry = ySum >> 32;
    }
    x[length - 1] = (int) (xPrevious >>> k | xCarry << back);
    y[length - 1] = (int) (yPrevious >>> k | yCarry << back);
    return (long) trim(x, length) << 32 | trim(y, length);
  }

  /** x ← x − y for x ≥ y; returns x's new length. */
  private static int subtract(int[] x, int xLength, int[] y, int yLength) {
    long borrow = 0;
    for (int i = 0; i < xLength; i++) {
      long difference = (x[i] & LIMB) - (i < yLength ? y[i] & LIMB : 0) + borrow;
      x[i] = (int) difference;
      borrow = difference >> 32; // 0 or −1
    }
    return trim(x, xLength);
  }

  /** x ← x / 2^shift, for a shift below x's bit length; returns x's new length. */
  private static int shiftRight(int[] x, int xLength, int shift) {
    int words = shift >>> 5;
    int bits = shift & 31;
    int length = xLength - words;
    if (bits == 0) {
      System.arraycopy(x, words, x, 0, length);
    } else {
      for (int i = 0; i < length - 1; i++) {
        x[i] = x[i + words] >>> bits | x[i + words + 1] << (32 - bits);
      }
      x[length - 1] = x[xLength - 1] >>> bits;
    }
    Arrays.fill(x, length, xLength, 0);
    return trim(x, length);
  }

  /** The number of trailing zero bits of a non-zero x. */
  private static int trailingZeros(int[] x) {
    int i = 0;
    while (x[i] == 0) {
      i++;
    }
    return 32 * i + Integer.numberOfTrailingZeros(x[i]);
  }

  /** −1, 0 or 1 as x &lt;, = or &gt; y. */
  private static int compare(int[] x, int xLength, int[] y, int yLength) {
    if (xLength != yLength) {
      return xLength < yLength ? -1 : 1;
    }
    for (int i = xLength - 1; i >= 0; i--) {
      if (x[i] != y[i]) {
        return Integer.compareUnsigned(x[i], y[i]) < 0 ? -1 : 1;
      }
    }
    return 0;
  }

  private static int bitLength(int[] x, int length) {
    return length == 0 ? 0 : 32 * length - Integer.numberOfLeadingZeros(x[length - 1]);
  }

  /** Bits [from, from + 32) of x, which has length limbs (zeros above them). */
  private static long top32(int[] x, int length, int from) {
    int word = from >>> 5;
    long low = x[word] & LIMB;
    long high = word + 1 < length ? x[word + 1] & LIMB : 0;
    return (high << 32 | low) >>> (from & 31) & LIMB;
  }

  /** x mod 2^64 (arrays have at least two limbs, zeros above the length). */
  private static long low64(int[] x) {
    return (x[0] & LIMB) | (long) x[1] << 32;
  }

  /** The length of x without its top zero limbs. */
  private static int trim(int[] x, int length) {
    while (length > 0 && x[length - 1] == 0) {
      length--;
    }
    return length;
  }

  /** The 32-bit limbs of 0 ≤ v &lt; 2^(32·words), least significant first. */
  private static int[] toLimbs(BigInteger v, int words) {
    byte[] bytes = v.toByteArray(); // big-endian, maybe with a leading 0 byte for the sign
    int[] limbs = new int[words];
    for (int i = 0; i < bytes.length && i < 4 * words; i++) {
      limbs[i >>> 2] |= (bytes[bytes.length - 1 - i] & 0xFF) << (8 * (i & 3));
    }
    return limbs;
  }
}
