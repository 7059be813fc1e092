package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A fixed base gets its tables as its use repays them, and every power stays modPow's. */
class FixedBaseTest {
  @Test
  void tablesGrowWithUseAndPowersStayExact() {
    Group group = Group.BELENIOS_2048;
    MontgomeryDomain domain = new MontgomeryDomain(group.p());
    BigInteger base = group.powG(BigInteger.valueOf(424242));
    FixedBase fixed = new FixedBase(domain, base, group.q().bitLength(), 3);
    Random random = new Random(7);

    assertThat(fixed.pow(BigInteger.TEN)).as("first use: no table yet").isNull();
    assertThat(fixed.pow(BigInteger.TEN)).isNull();
    assertThat(fixed.windowBits()).isZero();
    for (int use = 3; use <= FixedBase.USES_BEFORE_WIDE_TABLE + 2; use++) {
      BigInteger exponent = new BigInteger(group.q().bitLength(), random);
      int[] power = fixed.pow(exponent);
      int expectedWindow = use < FixedBase.USES_BEFORE_WIDE_TABLE ? 8 : 12;
      assertThat(fixed.windowBits()).as("use %d", use).isEqualTo(expectedWindow);
      if (use % 512 == 0 || use >= FixedBase.USES_BEFORE_WIDE_TABLE) {
        assertThat(domain.toBigInteger(power)).as("use %d", use).isEqualTo(base.modPow(exponent, group.p()));
      }
    }
    assertThat(fixed.pow(group.q().shiftLeft(1))).as("beyond the table").isNull();
  }

  @Test
  void wideTablesStayWithinTheirMemoryBound() {
    assertThat(FixedBase.wideWindowBits(Group.BELENIOS_2048.q().bitLength(), 64)).isEqualTo(12);
    assertThat(FixedBase.wideWindowBits(Group.RFC_3526_2048.q().bitLength(), 64)).isEqualTo(9);
    assertThat(FixedBaseTable.sizeInBytes(2047, 9, 64)).isLessThanOrEqualTo(32L << 20);
    assertThat(FixedBaseTable.sizeInBytes(2047, 10, 64)).isGreaterThan(32L << 20);
  }

  @Test
  void groupGivesGATableAfterItsThirtySecondPower() {
    // A fresh group object, as the static ones may have tables from other tests.
    Group group = Group.of("copy", Group.BELENIOS_2048.p(), Group.BELENIOS_2048.q(), Group.BELENIOS_2048.g());
    BigInteger exponent = BigInteger.valueOf(Long.MAX_VALUE).pow(3);
    for (int i = 0; i < 31; i++) {
      group.powG(exponent);
    }
    assertThat(group.gTableWindowBits()).isZero();
    assertThat(group.powG(exponent)).isEqualTo(group.g().modPow(exponent, group.p()));
    assertThat(group.gTableWindowBits()).isEqualTo(8);
  }
}
