package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Group#productOfPowers} against the product of separate {@link BigInteger#modPow} calls: on
 * the toy group with many sizes (below and above the bucket threshold, one part and several), on
 * the §5 groups with exponents of mixed lengths, zeros, and bases outside [0, p).
 */
class MultiExponentiationTest {
  @Property(tries = 200)
  void toyProductsMatchSeparatePowers(
      @ForAll @IntRange(min = 0, max = 700) int n, @ForAll long seed) {
    assertMatchesSeparatePowers(ToyGroups.SMALL, n, seed, 97 + 40);
  }

  @Property(tries = 6)
  void specProductsMatchSeparatePowers(
      @ForAll @IntRange(min = 0, max = 600) int n, @ForAll long seed) {
    for (Group group : ToyGroups.SPEC) {
      assertMatchesSeparatePowers(group, n, seed, group.q().bitLength());
    }
  }

  @Test
  void aThousandBasesWithMixedExponentLengthsOnEveryCore() {
    assertMatchesSeparatePowers(Group.RFC_3526_2048, 1000, 42, 2047);
  }

  @Test
  void windowGrowsWithTheNumberOfBases() {
    assertThat(MultiExponentiation.windowBits(10, 2047)).isLessThanOrEqualTo(4);
    assertThat(MultiExponentiation.windowBits(10_000, 2047)).isBetween(9, 12);
    assertThat(MultiExponentiation.windowBits(100_000, 2047))
        .isGreaterThan(MultiExponentiation.windowBits(10_000, 2047));
  }

  @Test
  void refusesNegativeExponentsAndMismatchedLists() {
    Group group = Group.BELENIOS_2048;
    List<BigInteger> bases = new ArrayList<>();
    List<BigInteger> exponents = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      bases.add(group.powG(BigInteger.valueOf(i + 2)));
      exponents.add(BigInteger.valueOf(i));
    }
    exponents.set(13, BigInteger.ONE.negate());
    assertThatThrownBy(() -> group.productOfPowers(bases, exponents))
        .hasMessageContaining("exponent #13 is negative");
    assertThatThrownBy(() -> group.productOfPowers(bases, exponents.subList(0, 3)))
        .hasMessageContaining("20 bases for 3 exponents");
    assertThatThrownBy(
            () -> group.productOfPowers(bases.subList(0, 3), List.of(BigInteger.ONE, BigInteger.ONE, BigInteger.valueOf(-1))))
        .hasMessageContaining("exponent #2 is negative");
  }

  private static void assertMatchesSeparatePowers(Group group, int n, long seed, int maxBits) {
    Random random = new Random(seed);
    BigInteger p = group.p();
    List<BigInteger> bases = new ArrayList<>(n);
    List<BigInteger> exponents = new ArrayList<>(n);
    BigInteger expected = BigInteger.ONE;
    for (int i = 0; i < n; i++) {
      BigInteger base =
          switch (random.nextInt(10)) {
            case 0 -> p.add(BigInteger.valueOf(random.nextInt(1000))); // outside [0, p)
            case 1 -> BigInteger.ONE;
            default -> new BigInteger(p.bitLength() - 1, random).add(BigInteger.ONE);
          };
      BigInteger exponent =
          switch (random.nextInt(10)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> new BigInteger(128, random);
            case 2 -> new BigInteger(1 + random.nextInt(20), random);
            default -> new BigInteger(maxBits, random);
          };
      bases.add(base);
      exponents.add(exponent);
      expected = expected.multiply(base.modPow(exponent, p)).mod(p);
    }
    assertThat(group.productOfPowers(bases, exponents))
        .as("%d bases in %s, seed %d", n, group, seed)
        .isEqualTo(expected);
  }
}
