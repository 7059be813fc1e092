package org.scrutineer.crypto.group;

/**
 * One Montgomery multiplication step, REDC(a·b) = a·b·R^-1 mod n with R = 2^(32·len) (Handbook of
 * Applied Cryptography, algorithm 14.36). Numbers are big-endian {@code int} arrays whose first
 * {@code len} words hold the value, the layout {@link java.math.BigInteger} uses internally.
 *
 * <p>Results are congruent to a·b·R^-1 mod n and below R, but not necessarily below n: callers
 * reduce once more when they leave the Montgomery domain ({@link MontgomeryDomain#toBigInteger}).
 * A result never aliases an argument.
 */
interface MontgomeryMultiplier {
  /** REDC(a·b); {@code inverse} is −n^-1 mod 2^64. */
  int[] multiply(int[] a, int[] b, int[] n, int len, long inverse);

  /** REDC(a·a). */
  int[] square(int[] a, int[] n, int len, long inverse);

  /** A short name for reports ("jdk-intrinsic" or "portable"). */
  String name();
}
