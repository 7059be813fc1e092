package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Π b_i^e_i mod p for many bases at once, by Pippenger's bucket method (as in Bernstein et al.,
 * "Faster batch forgery identification", §4, and every batch verifier since): the exponents are
 * cut into c-bit digits; for each digit position, from the top, the accumulator is squared c times,
 * each base is multiplied into the bucket of its digit, and the buckets are summed with weights 1 …
 * 2^c − 1 by two running products. A digit position costs N + 2^(c+1) products and c squarings,
 * against about bits/5 + 16 products and bits squarings per base for separate powers: for 10,000
 * 2047-bit exponents, about 190 products a base instead of 2,450.
 *
 * <p>The shuffle proof of spec §6 (Tables 4 and 5) is built from such products — t3, t4,1, t4,2,
 * c̃ and the products of the ciphertexts by the challenges — and from its t̂ equations batched into
 * one. The bases are split across the processors, each part is computed alone and the parts'
 * results multiplied.
 */
final class MultiExponentiation {
  /** Below this many bases, separate powers are as fast and need no buckets. */
  static final int MIN_BASES = 8;
  /** Parts smaller than this are not worth a thread of their own. */
  private static final int MIN_BASES_PER_PART = 256;

  private final MontgomeryDomain domain;

  MultiExponentiation(MontgomeryDomain domain) {
    this.domain = domain;
  }

  /**
   * Π bases[i]^exponents[i] in Montgomery form; bases in [0, p), exponents ≥ 0 (of any length; the
   * longest sets the number of digit positions, shorter ones just have zero digits there).
   */
  int[] product(List<BigInteger> bases, List<BigInteger> exponents) {
    if (bases.size() != exponents.size()) {
      throw new IllegalArgumentException(
          bases.size() + " bases for " + exponents.size() + " exponents");
    }
    int n = bases.size();
    int parts =
        Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism(), n / MIN_BASES_PER_PART));
    if (parts == 1) {
      return part(bases, exponents, 0, n);
    }
    int[][] results =
        IntStream.range(0, parts)
            .parallel()
            .mapToObj(k -> part(bases, exponents, (int) ((long) n * k / parts), (int) ((long) n * (k + 1) / parts)))
            .toArray(int[][]::new);
    int[] product = results[0];
    for (int k = 1; k < parts; k++) {
      product = domain.multiply(product, results[k]);
    }
    return product;
  }

  private int[] part(List<BigInteger> bases, List<BigInteger> exponents, int from, int to) {
    int n = to - from;
    int bits = 0;
    byte[][] digits = new byte[n][];
    for (int i = 0; i < n; i++) {
      BigInteger e = exponents.get(from + i);
      if (e.signum() < 0) {
        throw new IllegalArgumentException("exponent #" + (from + i) + " is negative");
      }
      bits = Math.max(bits, e.bitLength());
      digits[i] = e.toByteArray(); // big-endian
    }
    if (bits == 0) {
      return domain.one();
    }
    int c = windowBits(n, bits);
    int[][] montgomery = new int[n][];
    for (int i = 0; i < n; i++) {
      montgomery[i] = domain.toMontgomery(bases.get(from + i));
    }
    int positions = (bits + c - 1) / c;
    int[][] buckets = new int[1 << c][];
    int[] accumulator = null;
    for (int position = positions - 1; position >= 0; position--) {
      if (accumulator != null) {
        for (int s = 0; s < c; s++) {
          accumulator = domain.square(accumulator);
        }
      }
      Arrays.fill(buckets, null);
      for (int i = 0; i < n; i++) {
        int digit = FixedBaseTable.digit(digits[i], position * c, c);
        if (digit != 0) {
          buckets[digit] =
              buckets[digit] == null ? montgomery[i] : domain.multiply(buckets[digit], montgomery[i]);
        }
      }
      // Σ d·bucket[d] as Π bucket[d]^d: running = Π_{d' ≥ d} bucket[d'], total = Π running.
      int[] running = null;
      int[] total = null;
      for (int d = buckets.length - 1; d >= 1; d--) {
        if (buckets[d] != null) {
          running = running == null ? buckets[d] : domain.multiply(running, buckets[d]);
        }
        if (running != null) {
          total = total == null ? running : domain.multiply(total, running);
        }
      }
      if (total != null) {
        accumulator = accumulator == null ? total : domain.multiply(accumulator, total);
      }
    }
    return accumulator == null ? domain.one() : accumulator;
  }

  /**
   * The digit width c minimising the cost estimate positions·(n + 2^(c+1)) + bits squarings, as
   * Pippenger's method needs (c grows like log n): 4 bits for a handful of bases, 11 for 10,000.
   */
  static int windowBits(int n, int bits) {
    int best = 1;
    double bestCost = Double.MAX_VALUE;
    for (int c = 1; c <= 16; c++) {
      double cost = Math.ceil((double) bits / c) * (n + 2.0 * (1 << c));
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }
}
