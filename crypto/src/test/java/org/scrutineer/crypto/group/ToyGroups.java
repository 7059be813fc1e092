package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.List;

/**
 * Toy groups for algebra tests, built with {@link Group#of} (they pass the same checks as the spec
 * groups, see {@code GroupTest}).
 *
 * <ul>
 *   <li>{@link #TINY}: p = 11, q = 5, g = 3, as in CHVote's tests — every element and exponent can be
 *       enumerated; too small for soundness (a forged proof passes with probability 1/5).
 *   <li>{@link #SMALL}: a 97-bit p with a 62-bit q and a cofactor full of small primes, shaped like
 *       BELENIOS-2048 (whose cofactor is not 2): fast enough for thousands of property tries, large
 *       enough that a tampered proof passes only with probability 2^-61.
 *   <li>{@link #SAFE}: a 128-bit safe prime p = 2q + 1 with g = 2, shaped like RFC-3526-2048, whose
 *       members {@link Group#isMember} tells by a Jacobi symbol (as it does {@link #TINY}'s).
 * </ul>
 */
public final class ToyGroups {
  public static final Group TINY =
      Group.of("TOY-11", BigInteger.valueOf(11), BigInteger.valueOf(5), BigInteger.valueOf(3));

  /** q = the first prime after 2^61; p = 2·3·5·7·11·13·17·19·23·29·10·q + 1; g = 2^((p−1)/q). */
  public static final Group SMALL = small();

  /**
   * q = the first prime after 2^126 for which p = 2q + 1 is prime too; g = 2, a quadratic residue
   * (so of order q) as p ≡ 7 (mod 8), as in RFC 3526.
   */
  public static final Group SAFE =
      Group.of(
          "TOY-SAFE-128",
          new BigInteger("170141183460469231731687303715884114527"),
          new BigInteger("85070591730234615865843651857942057263"),
          BigInteger.TWO);

  /** The §5 groups of elections, for properties that must hold where it matters. */
  public static final List<Group> SPEC = List.of(Group.BELENIOS_2048, Group.RFC_3526_2048);

  private ToyGroups() {}

  /** The same p, q and g under another name: proofs that hash the group name must not carry over. */
  public static Group renamed(Group group, String name) {
    return Group.of(name, group.p(), group.q(), group.g());
  }

  private static Group small() {
    BigInteger q = new BigInteger("2305843009213693967");
    BigInteger p = new BigInteger("149180969061526634815917434101");
    BigInteger g = BigInteger.TWO.modPow(p.subtract(BigInteger.ONE).divide(q), p);
    return Group.of("TOY-97", p, q, g);
  }
}
