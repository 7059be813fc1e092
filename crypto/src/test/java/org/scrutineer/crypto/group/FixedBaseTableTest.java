package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The table's powers must be {@link BigInteger#modPow}'s for every exponent it claims to cover, with
 * the multiplier this JVM uses.
 */
class FixedBaseTableTest {
  private static final Group GROUP = Group.BELENIOS_2048;
  private static final BigInteger BASE = GROUP.powG(BigInteger.valueOf(987654321));
  private static final FixedBaseTable TABLE = table(GROUP, BASE);
  private static final FixedBaseTable TOY_TABLE = table(ToyGroups.SMALL, ToyGroups.SMALL.g());

  @Provide
  Arbitrary<BigInteger> coveredExponents() {
    return Arbitraries.bigIntegers()
        .between(
            BigInteger.ZERO, BigInteger.TWO.pow(GROUP.q().bitLength()).subtract(BigInteger.ONE));
  }

  @Property(tries = 50)
  void powIsModPow(@ForAll("coveredExponents") BigInteger exponent) {
    assertThat(TABLE.covers(exponent)).isTrue();
    assertThat(value(GROUP, TABLE.pow(exponent))).isEqualTo(BASE.modPow(exponent, GROUP.p()));
  }

  @Property(tries = 500)
  void toyPowIsModPow(@ForAll("toyExponents") BigInteger exponent) {
    Group toy = ToyGroups.SMALL;
    assertThat(value(toy, TOY_TABLE.pow(exponent))).isEqualTo(toy.g().modPow(exponent, toy.p()));
  }

  @Provide
  Arbitrary<BigInteger> toyExponents() {
    return Arbitraries.bigIntegers()
        .between(
            BigInteger.ZERO,
            BigInteger.TWO.pow(ToyGroups.SMALL.q().bitLength()).subtract(BigInteger.ONE));
  }

  @Test
  void coversExactlyTheNonNegativeExponentsOfQsBitLength() {
    int bits = GROUP.q().bitLength();
    assertThat(TABLE.covers(BigInteger.ZERO)).isTrue();
    assertThat(TABLE.covers(BigInteger.TWO.pow(bits).subtract(BigInteger.ONE))).isTrue();
    assertThat(TABLE.covers(BigInteger.TWO.pow(bits))).isFalse();
    assertThat(TABLE.covers(BigInteger.ONE.negate())).isFalse();
    assertThat(value(GROUP, TABLE.pow(BigInteger.ZERO))).isEqualTo(BigInteger.ONE);
    // a leading zero byte in toByteArray (bit length a multiple of 8)
    BigInteger top = BigInteger.TWO.pow(bits - 1);
    assertThat(value(GROUP, TABLE.pow(top))).isEqualTo(BASE.modPow(top, GROUP.p()));
  }

  /** Windows that do not divide the exponent length, or straddle bytes, must cover it all the same. */
  @Property(tries = 60)
  void everyWindowWidthIsModPow(
      @ForAll("coveredExponents") BigInteger exponent, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int window) {
    FixedBaseTable table = WIDE.computeIfAbsent(window, w -> new FixedBaseTable(new MontgomeryDomain(GROUP.p()), BASE, GROUP.q().bitLength(), w));
    assertThat(table.windowBits()).isEqualTo(window);
    assertThat(value(GROUP, table.pow(exponent))).isEqualTo(BASE.modPow(exponent, GROUP.p()));
  }

  private static final java.util.Map<Integer, FixedBaseTable> WIDE = new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void sizeCountsEveryEntryOfEveryRow() {
    // 256-bit exponents in 12-bit windows: 22 rows of 4,095 entries of 64 words.
    assertThat(FixedBaseTable.sizeInBytes(256, 12, 64)).isEqualTo(22L * 4095 * 64 * 4);
    assertThat(FixedBaseTable.sizeInBytes(256, 8, 64)).isEqualTo(32L * 255 * 64 * 4);
  }

  private static FixedBaseTable table(Group group, BigInteger base) {
    return new FixedBaseTable(new MontgomeryDomain(group.p()), base, group.q().bitLength());
  }

  private static BigInteger value(Group group, int[] montgomery) {
    return new MontgomeryDomain(group.p()).toBigInteger(montgomery);
  }
}
