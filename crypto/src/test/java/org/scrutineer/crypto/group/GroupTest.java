package org.scrutineer.crypto.group;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.TWO;
import static java.math.BigInteger.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.hash.Sha256;

class GroupTest {
  static Stream<Group> allGroups() {
    return Stream.of(
        ToyGroups.TINY, ToyGroups.SMALL, ToyGroups.SAFE, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  // --- §5 parameters -----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("allGroups")
  void parametersFormAPrimeOrderSubgroup(Group group) {
    BigInteger p = group.p();
    BigInteger q = group.q();
    assertThat(p.isProbablePrime(100)).as("p prime").isTrue();
    assertThat(q.isProbablePrime(100)).as("q prime").isTrue();
    assertThat(p.subtract(ONE).mod(q)).as("q divides p-1").isEqualTo(ZERO);
    assertThat(group.g()).as("g is not the identity").isNotEqualTo(ONE);
    assertThat(group.g().modPow(q, p)).as("g^q").isEqualTo(ONE);
  }

  @Test
  void belenios2048HasSection5Sizes() {
    Group group = Group.BELENIOS_2048;
    assertThat(group.name()).isEqualTo("BELENIOS-2048");
    assertThat(group.p().bitLength()).isEqualTo(2048);
    assertThat(group.q().bitLength()).isEqualTo(256);
  }

  @Test
  void rfc3526HasSection5SizesAndIsASafePrimeGroupGeneratedBy2() {
    Group group = Group.RFC_3526_2048;
    assertThat(group.name()).isEqualTo("RFC-3526-2048");
    assertThat(group.p().bitLength()).isEqualTo(2048);
    assertThat(group.q().bitLength()).isEqualTo(2047);
    assertThat(group.q()).isEqualTo(group.p().subtract(ONE).shiftRight(1));
    assertThat(group.g()).isEqualTo(TWO);
  }

  /**
   * Spec §5.1 gives domain_parameter_seed and counter = 109 of the FIPS 186-4 generation (A.1.1.2
   * for p and q, A.2.3 with index 0 for g) done by belenios' {@code doc/fips.sage}. Redoing it from
   * those two numbers must give our p, q and g digit for digit: a typo in a 617-digit constant cannot
   * survive this. fips.sage reads integers as little-endian byte strings (Sage's {@code digits(256)}).
   */
  @Test
  void belenios2048IsWhatFipsSageGeneratesFromTheSpecSeed() {
    BigInteger seed = new BigInteger(
        "478953892617249466166106476098847626563138168027716882488732447198349000396592020632875172724552145560167746");
    int counter = 109;
    assertThat(new String(littleEndianBytes(seed), StandardCharsets.US_ASCII))
        .startsWith("Belenios: Verifiable online voting system ");

    int bitsL = 2048;
    int bitsN = 256;
    int outlen = 256;
    BigInteger u = fipsHash(seed).mod(TWO.pow(bitsN - 1));
    BigInteger q = TWO.pow(bitsN - 1).add(u).add(ONE).subtract(u.mod(TWO));

    int n = (bitsL + outlen - 1) / outlen - 1;
    int b = bitsL - 1 - n * outlen;
    BigInteger offset = BigInteger.valueOf(1 + (long) counter * (n + 1));
    BigInteger w = ZERO;
    for (int j = 0; j <= n; j++) {
      BigInteger v = fipsHash(seed.add(offset).add(BigInteger.valueOf(j)));
      if (j == n) {
        v = v.mod(TWO.pow(b));
      }
      w = w.add(v.shiftLeft(outlen * j));
    }
    BigInteger x = w.add(TWO.pow(bitsL - 1));
    BigInteger p = x.subtract(x.mod(q.shiftLeft(1)).subtract(ONE));

    BigInteger index = ZERO;
    BigInteger ggen = BigInteger.valueOf(0x6767656EL);
    BigInteger count = ONE;
    BigInteger uG = count.add(TWO.pow(16)
        .multiply(index.add(TWO.pow(16).multiply(ggen.add(TWO.pow(32).multiply(seed))))));
    BigInteger g = fipsHash(uG).modPow(p.subtract(ONE).divide(q), p);

    assertThat(q).as("q").isEqualTo(Group.BELENIOS_2048.q());
    assertThat(p).as("p").isEqualTo(Group.BELENIOS_2048.p());
    assertThat(g).as("g").isEqualTo(Group.BELENIOS_2048.g());
  }

  /** RFC 3526 §3: p = 2^2048 − 2^1984 − 1 + 2^64·(⌊2^1918·π⌋ + 124476), π from Machin's formula. */
  @Test
  void rfc3526PrimeIsTheRfcFormula() {
    int guardBits = 64;
    BigInteger one = ONE.shiftLeft(1918 + guardBits);
    BigInteger pi = arctanOfInverse(5, one)
        .multiply(BigInteger.valueOf(16))
        .subtract(arctanOfInverse(239, one).multiply(BigInteger.valueOf(4)));
    BigInteger expected = TWO.pow(2048)
        .subtract(TWO.pow(1984))
        .subtract(ONE)
        .add(TWO.pow(64).multiply(pi.shiftRight(guardBits).add(BigInteger.valueOf(124476))));
    assertThat(Group.RFC_3526_2048.p()).isEqualTo(expected);
  }

  // --- names
  // ---------------------------------------------------------------------------------------

  @Test
  void byNameFindsBothSpecGroupsAndNothingElse() {
    assertThat(Group.byName("BELENIOS-2048")).contains(Group.BELENIOS_2048);
    assertThat(Group.byName("RFC-3526-2048")).contains(Group.RFC_3526_2048);
    assertThat(Group.byName("belenios-2048")).isEmpty();
    assertThat(Group.byName("TOY-11")).as("toy groups are not election groups").isEmpty();
    assertThat(Group.knownNames()).containsExactly("BELENIOS-2048", "RFC-3526-2048");
  }

  @Test
  void groupsAreEqualByNameAndModulusAndPrintTheirName() {
    assertThat(Group.byName("BELENIOS-2048").orElseThrow())
        .isEqualTo(Group.BELENIOS_2048)
        .hasSameHashCodeAs(Group.BELENIOS_2048);
    assertThat(Group.BELENIOS_2048).isNotEqualTo(Group.RFC_3526_2048);
    assertThat(Group.RFC_3526_2048).hasToString("RFC-3526-2048");
  }

  // --- membership
  // ----------------------------------------------------------------------------------

  @Test
  void tinyGroupMembersAreExactlyThePowersOfG() {
    Group group = ToyGroups.TINY;
    Set<BigInteger> powers = new HashSet<>();
    BigInteger power = ONE;
    for (int k = 0; k < 5; k++) {
      powers.add(power);
      power = power.multiply(group.g()).mod(group.p());
    }
    assertThat(powers).hasSize(5);
    for (int x = -3; x <= 14; x++) {
      BigInteger value = BigInteger.valueOf(x);
      assertThat(group.isMember(value)).as("isMember(%d)", x).isEqualTo(powers.contains(value));
    }
  }

  @ParameterizedTest
  @MethodSource("allGroups")
  void identityAndPowersOfGAreMembers(Group group) {
    // 1 = g^0 is in the subgroup; belenios-tool's check (0 ≤ x < p, x^q = 1) accepts it too.
    assertThat(group.isMember(ONE)).isTrue();
    assertThat(group.isMember(group.g())).isTrue();
    assertThat(group.isMember(group.powG(group.q().subtract(ONE)))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("allGroups")
  void rejectsValuesOutsideTheSubgroup(Group group) {
    BigInteger p = group.p();
    assertThat(group.isMember(ZERO)).as("0").isFalse();
    assertThat(group.isMember(p)).as("p").isFalse();
    assertThat(group.isMember(p.add(ONE))).as("p+1, which is 1 mod p").isFalse();
    assertThat(group.isMember(p.add(group.g()))).as("p+g, which is g mod p").isFalse();
    assertThat(group.isMember(ONE.negate())).as("-1").isFalse();
    assertThat(group.isMember(group.g().negate())).as("-g").isFalse();
    // p−1 has order 2, and 2 does not divide the odd prime q.
    assertThat(group.isMember(p.subtract(ONE))).as("p-1 (order 2)").isFalse();
    // −g = (p−1)·g: an element of order 2q, a quadratic non-residue when q = (p−1)/2.
    assertThat(group.isMember(p.subtract(group.g()))).as("p-g").isFalse();
  }

  @Test
  void rejectsElementsOfTheSmallSubgroupsOfBelenios2048() {
    Group group = Group.BELENIOS_2048;
    // h^q has order dividing the cofactor (p−1)/q, so it is in the subgroup only if it is 1.
    BigInteger smallOrder = group.pow(TWO, group.q());
    assertThat(smallOrder).isNotEqualTo(ONE);
    assertThat(group.isMember(smallOrder)).isFalse();
    assertThat(group.isMember(TWO)).as("2 itself: 2^q ≠ 1").isFalse();
  }

  @Test
  void rfc3526MembersAreTheQuadraticResidues() {
    Group group = Group.RFC_3526_2048;
    // p ≡ 7 (mod 8) makes 2 a residue (so g = 2 works); −1 is not one, so neither is −2 = p−2.
    assertThat(group.p().mod(BigInteger.valueOf(8))).isEqualTo(BigInteger.valueOf(7));
    assertThat(group.isMember(BigInteger.valueOf(4))).isTrue();
    assertThat(group.isMember(group.p().subtract(TWO))).isFalse();
    // Reciprocity with p ≡ 3 (mod 4) gives (3/p) = −(p/3), and p ≡ 2 (mod 3) makes (p/3) = −1.
    assertThat(group.p().mod(BigInteger.valueOf(3))).isEqualTo(TWO);
    assertThat(group.isMember(BigInteger.valueOf(3))).as("3, a residue").isTrue();
    assertThat(group.isMember(group.p().subtract(BigInteger.valueOf(3)))).as("−3").isFalse();
  }

  @Test
  void membershipIsAJacobiSymbolExactlyWhenPIsASafePrime() {
    assertThat(Group.RFC_3526_2048.checksMembershipByJacobiSymbol()).isTrue();
    assertThat(ToyGroups.SAFE.checksMembershipByJacobiSymbol()).isTrue();
    assertThat(ToyGroups.TINY.checksMembershipByJacobiSymbol()).as("11 = 2·5 + 1").isTrue();
    assertThat(Group.BELENIOS_2048.checksMembershipByJacobiSymbol()).isFalse();
    assertThat(ToyGroups.SMALL.checksMembershipByJacobiSymbol()).isFalse();
  }

  /** The definition, 0 &lt; x &lt; p and x^q = 1 (mod p), at the edges of the range. */
  @ParameterizedTest
  @MethodSource("allGroups")
  void edgesOfTheRangeAgreeWithThePowerQ(Group group) {
    BigInteger p = group.p();
    BigInteger q = group.q();
    List<BigInteger> edges =
        List.of(ZERO, ONE, TWO, BigInteger.valueOf(3), BigInteger.valueOf(4), p.subtract(ONE),
            p.subtract(TWO), p, p.add(ONE), p.add(BigInteger.valueOf(4)), p.shiftLeft(1).add(ONE),
            ONE.shiftLeft(p.bitLength()), ONE.negate(), BigInteger.valueOf(-4), p.negate(),
            p.negate().add(ONE));
    for (BigInteger x : edges) {
      boolean expected = x.signum() > 0 && x.compareTo(p) < 0 && x.modPow(q, p).equals(ONE);
      assertThat(group.isMember(x)).as("isMember(%s) in %s", x, group).isEqualTo(expected);
      assertThat(group.isMember(x)).as("again, from the cache").isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("allGroups")
  void exponentsAreZeroUpToQExclusive(Group group) {
    assertThat(group.isExponent(ZERO)).isTrue();
    assertThat(group.isExponent(group.q().subtract(ONE))).isTrue();
    assertThat(group.isExponent(group.q())).isFalse();
    assertThat(group.isExponent(ONE.negate())).isFalse();
    assertThat(group.isExponent(group.p())).isFalse();
  }

  // --- arithmetic on the toy group
  // -------------------------------------------------------------------

  @Test
  void tinyGroupArithmeticIsModEleven() {
    Group group = ToyGroups.TINY;
    assertThat(group.powG(BigInteger.valueOf(2))).isEqualTo(BigInteger.valueOf(9));
    assertThat(group.powG(BigInteger.valueOf(5))).isEqualTo(ONE);
    assertThat(group.pow(BigInteger.valueOf(4), BigInteger.valueOf(3)))
        .isEqualTo(BigInteger.valueOf(9));
    assertThat(group.mul(BigInteger.valueOf(4), BigInteger.valueOf(5)))
        .isEqualTo(BigInteger.valueOf(9));
    assertThat(group.div(BigInteger.valueOf(9), BigInteger.valueOf(5)))
        .isEqualTo(BigInteger.valueOf(4));
    // 3^2 · 9^3 = 9 · 3 = 27 = 5 (mod 11)
    assertThat(group.powProduct(
            BigInteger.valueOf(3), TWO, BigInteger.valueOf(9), BigInteger.valueOf(3)))
        .isEqualTo(BigInteger.valueOf(5));
  }

  @Test
  void randomExponentsCoverAllOfZqAndNothingElse() {
    Group group = ToyGroups.TINY;
    SecureRandom random = new SecureRandom();
    Set<BigInteger> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) { // misses a residue with probability 5·0.8^500 < 10^-47
      BigInteger e = group.randomExponent(random);
      assertThat(group.isExponent(e)).as("%s in [0, 5)", e).isTrue();
      seen.add(e);
    }
    assertThat(seen).hasSize(5);
  }

  // --- the test-only factory
  // -----------------------------------------------------------------------

  @Test
  void ofRejectsParametersThatAreNotAPrimeOrderSubgroup() {
    BigInteger eleven = BigInteger.valueOf(11);
    BigInteger five = BigInteger.valueOf(5);
    assertThatThrownBy(() -> Group.of("x", BigInteger.valueOf(15), five, BigInteger.valueOf(4)))
        .as("composite p")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Group.of("x", eleven, BigInteger.valueOf(3), BigInteger.valueOf(3)))
        .as("q does not divide p-1")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Group.of("x", eleven, five, TWO))
        .as("2 has order 10 mod 11")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Group.of("x", eleven, five, ONE))
        .as("g = 1")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Group.of("x", eleven, five, BigInteger.valueOf(14)))
        .as("g ≥ p, though 14 = 3 mod 11")
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------

  /** fips.sage's Hash: SHA-256 of the integer's little-endian bytes, read as a big-endian integer. */
  private static BigInteger fipsHash(BigInteger number) {
    return new BigInteger(1, Sha256.digest(littleEndianBytes(number)));
  }

  /** Sage's {@code number.digits(256)}: least significant byte first, no trailing zero bytes. */
  private static byte[] littleEndianBytes(BigInteger number) {
    byte[] bigEndian = number.toByteArray();
    int start = bigEndian[0] == 0 ? 1 : 0;
    byte[] little = new byte[bigEndian.length - start];
    for (int i = 0; i < little.length; i++) {
      little[i] = bigEndian[bigEndian.length - 1 - i];
    }
    return little;
  }

  /** arctan(1/x)·one by its Taylor series, in fixed point with unit {@code one}. */
  private static BigInteger arctanOfInverse(int x, BigInteger one) {
    BigInteger xSquared = BigInteger.valueOf((long) x * x);
    BigInteger power = one.divide(BigInteger.valueOf(x));
    BigInteger sum = ZERO;
    for (int k = 0; power.signum() != 0; k++) {
      BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
      sum = k % 2 == 0 ? sum.add(term) : sum.subtract(term);
      power = power.divide(xSquared);
    }
    return sum;
  }
}
