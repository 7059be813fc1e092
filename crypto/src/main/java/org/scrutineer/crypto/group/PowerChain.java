package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The powers x̃^(16^i) of one base, kept so that several exponents of that base share the
 * squarings, and each exponent is then evaluated by Yao's method (Handbook of Applied Cryptography
 * algorithm 14.109 with radix 16): ⌈bits/4⌉ + 15 products instead of a square-and-multiply chain.
 *
 * <p>A ballot's proof checks raise each ciphertext component to three exponents — the group order
 * q (membership, spec §4.1) and the two challenges of its 0-or-1 proof (§4.12) — so one chain
 * replaces three {@link BigInteger#modPow} calls: about 250 squarings and 3 × 80 products against
 * 3 × 300.
 */
final class PowerChain {
  private static final int RADIX_BITS = 4;
  private static final int DIGIT_VALUES = 1 << RADIX_BITS;

  private final MontgomeryDomain domain;
  private final int[][] powers;
  private final int exponentBits;

  /** Builds x̃^(16^i) for every radix-16 digit of an {@code exponentBits}-bit exponent. */
  PowerChain(MontgomeryDomain domain, int[] base, int exponentBits) {
    this.domain = domain;
    this.exponentBits = exponentBits;
    int digits = (exponentBits + RADIX_BITS - 1) / RADIX_BITS;
    this.powers = new int[digits][];
    int[] power = base;
    for (int i = 0; i < digits; i++) {
      powers[i] = Arrays.copyOf(power, domain.length()); // results carry 2·len words; keep len
      if (i + 1 < digits) {
        for (int s = 0; s < RADIX_BITS; s++) {
          power = domain.square(power);
        }
      }
    }
  }

  private PowerChain(MontgomeryDomain domain, int[][] powers, int exponentBits) {
    this.domain = domain;
    this.powers = powers;
    this.exponentBits = exponentBits;
  }

  /**
   * The chain of the product of the chains' bases, entry by entry: (x·y)^(16^i) = x^(16^i)·y^(16^i),
   * 64 products per extra factor where a new chain would take 252 squarings. For the sum of a
   * question's choices, whose proofs (spec §4.12–§4.13) raise it to further challenges.
   */
  static PowerChain product(MontgomeryDomain domain, List<PowerChain> chains) {
    PowerChain first = chains.get(0);
    int[][] powers = first.powers.clone();
    for (PowerChain chain : chains.subList(1, chains.size())) {
      if (chain.domain != domain || chain.powers.length != powers.length) {
        throw new IllegalArgumentException("chains of different domains or lengths");
      }
      for (int i = 0; i < powers.length; i++) {
        powers[i] = Arrays.copyOf(domain.multiply(powers[i], chain.powers[i]), domain.length());
      }
    }
    return new PowerChain(domain, powers, first.exponentBits);
  }

  /** Whether {@link #pow} covers this exponent: 0 ≤ e &lt; 2^exponentBits. */
  boolean covers(BigInteger exponent) {
    return exponent.signum() >= 0 && exponent.bitLength() <= exponentBits;
  }

  /**
   * x̃^e for an exponent {@link #covers} accepts. Yao: for d = 15 down to 1, {@code partial}
   * gathers the powers whose digit is d and {@code result} multiplies in {@code partial} once per
   * d, so a power with digit d ends up raised to d.
   */
  int[] pow(BigInteger exponent) {
    byte[] bytes = exponent.toByteArray(); // big-endian, maybe a leading zero byte
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
