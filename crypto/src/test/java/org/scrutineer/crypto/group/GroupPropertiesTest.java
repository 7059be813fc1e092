package org.scrutineer.crypto.group;

import static java.math.BigInteger.ONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The group laws every proof relies on, first on the 97-bit toy group (many tries), then on the §5
 * groups (few tries: a 2048-bit exponentiation costs up to 3 ms).
 */
class GroupPropertiesTest {
  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  /** Exponents up to 2^2100, wider than any q, so that reduction mod q is exercised too. */
  @Provide
  Arbitrary<BigInteger> exponents() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(2100));
  }

  /** Near [0, q) — the fast path — and far from it, on every group. */
  @Property(tries = 300)
  void modQIsMod(@ForAll("specGroups") Group spec, @ForAll long seed, @ForAll @net.jqwik.api.constraints.IntRange(min = -20, max = 20) int multiple) {
    java.util.Random random = new java.util.Random(seed);
    for (Group group : java.util.List.of(spec, ToyGroups.SMALL, ToyGroups.TINY)) {
      BigInteger q = group.q();
      BigInteger near = q.multiply(BigInteger.valueOf(multiple)).add(new BigInteger(q.bitLength(), random).mod(q));
      BigInteger far = new BigInteger(q.bitLength() + 40, random).subtract(BigInteger.TWO.pow(q.bitLength() + 39));
      BigInteger hash = new BigInteger(256, random);
      for (BigInteger x : java.util.List.of(near, far, hash, q, q.negate(), BigInteger.ZERO)) {
        assertThat(group.modQ(x)).as("%s mod q in %s", x, group).isEqualTo(x.mod(q));
      }
    }
  }

  @Property
  void toyPowersOfGAreMembersAndMultiplyByAddingExponents(
      @ForAll("exponents") BigInteger a, @ForAll("exponents") BigInteger b) {
    exponentLaws(ToyGroups.SMALL, a, b);
  }

  @Property(tries = 20)
  void specPowersOfGAreMembersAndMultiplyByAddingExponents(
      @ForAll("specGroups") Group group,
      @ForAll("exponents") BigInteger a,
      @ForAll("exponents") BigInteger b) {
    exponentLaws(group, a, b);
  }

  @Property
  void toyProductAndQuotientAgree(
      @ForAll("exponents") BigInteger a, @ForAll("exponents") BigInteger b) {
    productLaws(ToyGroups.SMALL, a, b);
  }

  @Property(tries = 20)
  void specProductAndQuotientAgree(
      @ForAll("specGroups") Group group,
      @ForAll("exponents") BigInteger a,
      @ForAll("exponents") BigInteger b) {
    productLaws(group, a, b);
  }

  @Property
  void toyMemberTimesMinusOneIsNeverAMember(@ForAll("exponents") BigInteger a) {
    Group group = ToyGroups.SMALL;
    assertThat(group.isMember(group.mul(group.powG(a), group.p().subtract(ONE))))
        .isFalse();
  }

  @Property(tries = 20)
  void specMemberTimesMinusOneIsNeverAMember(
      @ForAll("specGroups") Group group, @ForAll("exponents") BigInteger a) {
    assertThat(group.isMember(group.mul(group.powG(a), group.p().subtract(ONE))))
        .isFalse();
  }

  @Property(tries = 1000)
  void toySafePrimeMembersAreTheQuadraticResidues(@ForAll long seed) {
    quadraticResidues(ToyGroups.SAFE, new java.util.Random(seed));
  }

  /** RFC-3526-2048 decides by the Jacobi symbol: checked against x^q = 1 (up to 4 ms a try). */
  @Property(tries = 40)
  void rfc3526MembersAreTheQuadraticResidues(@ForAll long seed) {
    quadraticResidues(Group.RFC_3526_2048, new java.util.Random(seed));
  }

  @Property(tries = 200)
  void toyFastPathsAreModPow(@ForAll("exponents") BigInteger a, @ForAll("exponents") BigInteger b) {
    fastPathsAreModPow(ToyGroups.SMALL, a, b);
  }

  @Property(tries = 15)
  void specFastPathsAreModPow(
      @ForAll("specGroups") Group group,
      @ForAll("exponents") BigInteger a,
      @ForAll("exponents") BigInteger b) {
    fastPathsAreModPow(group, a, b);
  }

  /** Without the JDK intrinsics: tables on the portable multiplier, modPow for the rest. */
  @Property(tries = 10)
  void portableFallbackIsModPow(
      @ForAll("specGroups") Group group,
      @ForAll("exponents") BigInteger a,
      @ForAll("exponents") BigInteger b) {
    Group portable = Group.withMultiplier(group, PortableMontgomery.INSTANCE);
    fastPathsAreModPow(portable, a, b);
    for (int i = 0; i < 40; i++) { // past the threshold that builds g's table
      portable.powG(BigInteger.valueOf(i));
    }
    fastPathsAreModPow(portable, a, b);
    assertThat(portable.isMember(portable.mul(portable.powG(a), group.p().subtract(ONE)))).isFalse();
  }

  /**
   * Power chains (after a membership check), chains of products, fixed-base tables and the
   * quotient form of the commitments all agree with {@link BigInteger#modPow}.
   */
  private static void fastPathsAreModPow(Group group, BigInteger a, BigInteger b) {
    BigInteger p = group.p();
    BigInteger e = a.mod(BigInteger.TWO.pow(group.q().bitLength()));
    BigInteger c = b.mod(group.q());
    BigInteger x = group.powG(a.add(ONE));
    BigInteger y = group.powG(b.add(BigInteger.TWO));
    assertThat(group.pow(x, e)).as("fresh base").isEqualTo(x.modPow(e, p));
    assertThat(group.isMember(x) && group.isMember(y)).isTrue();
    assertThat(group.pow(x, e)).as("chained base").isEqualTo(x.modPow(e, p));
    BigInteger product = group.productOfMembers(java.util.List.of(x, y));
    assertThat(product).isEqualTo(x.multiply(y).mod(p));
    assertThat(group.pow(product, e)).as("product chain").isEqualTo(product.modPow(e, p));
    assertThat(group.powG(e)).as("g").isEqualTo(group.g().modPow(e, p));
    int m = b.mod(BigInteger.valueOf(5)).intValueExact();
    BigInteger quotient = y.multiply(group.g().modPow(BigInteger.valueOf(m), p).modInverse(p)).mod(p);
    assertThat(group.powProductOverPowG(x, e, y, c, m))
        .as("x^e·(y/g^m)^c")
        .isEqualTo(x.modPow(e, p).multiply(quotient.modPow(c, p)).mod(p));
  }

  /**
   * In a safe-prime group (p = 2q + 1, p ≡ 7 mod 8) membership is x^q = 1, squares are members, and
   * so are their doubles (2 is a residue: g = 2), while their negatives are not (−1 is not one).
   */
  private static void quadraticResidues(Group group, java.util.Random random) {
    BigInteger p = group.p();
    BigInteger x = new BigInteger(p.bitLength() + 64, random).mod(p);
    assertThat(group.isMember(x))
        .as("isMember(%s) is x^q = 1", x)
        .isEqualTo(x.signum() > 0 && x.modPow(group.q(), p).equals(ONE));
    if (x.signum() == 0) {
      return;
    }
    BigInteger square = x.multiply(x).mod(p);
    assertThat(group.isMember(square)).as("x² for x = %s", x).isTrue();
    assertThat(group.isMember(square.shiftLeft(1).mod(p))).as("2·x² for x = %s", x).isTrue();
    assertThat(group.isMember(p.subtract(square))).as("−x² for x = %s", x).isFalse();
    assertThat(group.isMember(p.subtract(x))).as("−x for x = %s", x).isNotEqualTo(group.isMember(x));
  }

  private static void exponentLaws(Group group, BigInteger a, BigInteger b) {
    BigInteger ga = group.powG(a);
    assertThat(group.isMember(ga)).isTrue();
    assertThat(ga).as("g^a = g^(a mod q)").isEqualTo(group.powG(a.mod(group.q())));
    assertThat(group.mul(ga, group.powG(b)))
        .as("g^a·g^b = g^(a+b)")
        .isEqualTo(group.powG(a.add(b)));
    assertThat(group.pow(ga, b)).as("(g^a)^b = g^(ab)").isEqualTo(group.powG(a.multiply(b)));
  }

  private static void productLaws(Group group, BigInteger a, BigInteger b) {
    BigInteger x = group.powG(a);
    BigInteger y = group.powG(b.add(ONE)); // never 0 mod p, so it can be a divisor
    BigInteger two = BigInteger.TWO;
    assertThat(group.powProduct(x, a, y, b))
        .as("powProduct = pow·pow")
        .isEqualTo(group.mul(group.pow(x, a), group.pow(y, b)));
    assertThat(group.powProduct(group.g(), a, group.g(), b)).isEqualTo(group.powG(a.add(b)));
    assertThat(group.div(group.mul(x, y), y)).as("(x·y)/y = x").isEqualTo(x);
    assertThat(group.div(x, x)).isEqualTo(ONE);
    assertThat(group.mul(group.div(ONE, y), y)).isEqualTo(ONE);
    assertThat(group.mul(x, y)).isEqualTo(group.mul(y, x));
    assertThat(group.pow(x, two)).isEqualTo(group.mul(x, x));
  }
}
