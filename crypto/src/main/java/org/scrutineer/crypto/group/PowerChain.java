package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The powers of one base that several exponents of that base share, so that the squarings are done
 * once. A ballot's proof checks raise each ciphertext component to three exponents — the group order
 * q (membership, spec §4.2 type G) and the two challenges of its 0-or-1 proof (§4.12) — so one chain
 * replaces three {@link BigInteger#modPow} calls.
 *
 * <p>Two shapes:
 *
 * <ul>
 *   <li>a <em>full</em> chain keeps every x̃^(2^j) — the squarings an exponentiation makes anyway —
 *       and evaluates an exponent with sliding windows of {@value #WINDOW_BITS} bits whose odd
 *       values are gathered in buckets (Yao's method over sliding windows, Handbook of Applied
 *       Cryptography §14.6.1 and algorithm 14.109): about bits/5 + 16 products, 60 for a 256-bit
 *       exponent;
 *   <li>a <em>radix-16</em> chain keeps x̃^(16^i) only and evaluates by plain Yao with radix 16:
 *       bits/4 + 15 products, 79 for 256 bits. It is what {@link #product} builds: the chain of a
 *       product of bases is the entry-wise product of their chains, and a quarter of the entries
 *       cost a quarter of the products.
 * </ul>
 */
final class PowerChain {
  /** Sliding windows of 4 bits: 8 odd values; 5 bits (16 values) cost the same for 256 bits. */
  private static final int WINDOW_BITS = 4;

  private static final int RADIX_BITS = 4;
  private static final int DIGIT_VALUES = 1 << RADIX_BITS;

  private final MontgomeryDomain domain;
  /** powers[i] = x̃^(2^(stride·i)). */
  private final int[][] powers;
  /** 1 for a full chain, {@link #RADIX_BITS} for a radix-16 one. */
  private final int stride;
  private final int exponentBits;

  /** The full chain x̃^(2^j), j &lt; {@code exponentBits}: exponentBits − 1 squarings. */
  PowerChain(MontgomeryDomain domain, int[] base, int exponentBits) {
    this.domain = domain;
    this.exponentBits = exponentBits;
    this.stride = 1;
    this.powers = new int[Math.max(exponentBits, 1)][];
    int[] power = base;
    for (int j = 0; j < powers.length; j++) {
      powers[j] = Arrays.copyOf(power, domain.length()); // results carry 2·len words; keep len
      if (j + 1 < powers.length) {
        power = domain.square(power);
      }
    }
  }

  private PowerChain(MontgomeryDomain domain, int[][] powers, int stride, int exponentBits) {
    this.domain = domain;
    this.powers = powers;
    this.stride = stride;
    this.exponentBits = exponentBits;
  }

  /**
   * The radix-16 chain of the product of the chains' bases, entry by entry: (x·y)^(16^i) =
   * x^(16^i)·y^(16^i), 64 products per extra factor for a 256-bit q where a new chain would take 255
   * squarings. For the sum of a question's choices, whose proofs (spec §4.12–§4.13) raise it to
   * further challenges.
   */
  static PowerChain product(MontgomeryDomain domain, List<PowerChain> chains) {
    PowerChain first = chains.get(0);
    int digits = (first.exponentBits + RADIX_BITS - 1) / RADIX_BITS;
    int[][] powers = new int[digits][];
    for (PowerChain chain : chains) {
      if (chain.domain != domain || chain.exponentBits != first.exponentBits) {
        throw new IllegalArgumentException("chains of different domains or lengths");
      }
      int step = RADIX_BITS / chain.stride;
      for (int i = 0; i < digits; i++) {
        int[] power = chain.powers[i * step];
        powers[i] = powers[i] == null ? power : Arrays.copyOf(domain.multiply(powers[i], power), domain.length());
      }
    }
    return new PowerChain(domain, powers, RADIX_BITS, first.exponentBits);
  }

  /** The longest exponent this chain raises to, in bits. */
  int exponentBits() {
    return exponentBits;
  }

  /** Whether {@link #pow} covers this exponent: 0 ≤ e &lt; 2^exponentBits. */
  boolean covers(BigInteger exponent) {
    return exponent.signum() >= 0 && exponent.bitLength() <= exponentBits;
  }

  /** x̃^e for an exponent {@link #covers} accepts. */
  int[] pow(BigInteger exponent) {
    byte[] bytes = exponent.toByteArray(); // big-endian, maybe a leading zero byte
    return stride == 1 ? slidingWindowPow(bytes, exponent.bitLength()) : radixPow(bytes);
  }

  /**
   * Scans e from its low bit: each set bit j starts a window of {@value #WINDOW_BITS} bits whose
   * (odd) value v sends x̃^(2^j) into bucket v. Then x̃^e = ∏ B_v^v over odd v, computed as
   * (∏ B_v^((v−1)/2))² · ∏ B_v, the first factor by running products (v descending).
   */
  private int[] slidingWindowPow(byte[] bytes, int bits) {
    int[][] buckets = new int[1 << (WINDOW_BITS - 1)][]; // bucket k gathers windows of value 2k+1
    for (int j = 0; j < bits; ) {
      if (bit(bytes, j) == 0) {
        j++;
        continue;
      }
      int value = 0;
      for (int b = WINDOW_BITS - 1; b >= 0; b--) {
        value = (value << 1) | bit(bytes, j + b);
      }
      int k = value >>> 1;
      buckets[k] = buckets[k] == null ? powers[j] : domain.multiply(buckets[k], powers[j]);
      j += WINDOW_BITS;
    }
    int[] running = null; // ∏ of the buckets from the top down to k
    int[] halves = null; // ∏ B_(2k+1)^k
    for (int k = buckets.length - 1; k >= 1; k--) {
      if (buckets[k] != null) {
        running = running == null ? buckets[k] : domain.multiply(running, buckets[k]);
      }
      if (running != null) {
        halves = halves == null ? running : domain.multiply(halves, running);
      }
    }
    int[] all = running == null ? buckets[0] : buckets[0] == null ? running : domain.multiply(running, buckets[0]);
    if (all == null) {
      return domain.one();
    }
    return halves == null ? all : domain.multiply(domain.square(halves), all);
  }

  /** Bit j of the big-endian two's-complement bytes of a non-negative number (0 beyond its end). */
  private static int bit(byte[] bytes, int j) {
    int index = bytes.length - 1 - (j >>> 3);
    return index < 0 ? 0 : (bytes[index] >>> (j & 7)) & 1;
  }

  /**
   * Yao: for d = 15 down to 1, {@code partial} gathers the powers whose digit is d and {@code result}
   * multiplies in {@code partial} once per d, so a power with digit d ends up raised to d.
   */
  private int[] radixPow(byte[] bytes) {
    int digitCount = Math.min(powers.length, 2 * bytes.length);
    int[] digitOf = new int[digitCount];
    for (int i = 0; i < digitCount; i++) {
      int b = bytes[bytes.length - 1 - i / 2] & 0xff;
      digitOf[i] = (i % 2 == 0) ? b & 0xf : b >>> 4;
    }
    int[] result = null;
    int[] partial = null;
    for (int d = DIGIT_VALUES - 1; d >= 1; d--) {
      for (int i = 0; i < digitCount; i++) {
        if (digitOf[i] == d) {
          partial = partial == null ? powers[i] : domain.multiply(partial, powers[i]);
        }
      }
      if (partial != null) {
        result = result == null ? partial : domain.multiply(result, partial);
      }
    }
    return result == null ? domain.one() : result;
  }
}
