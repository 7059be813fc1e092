package org.scrutineer.nominations.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The three roundings against their definitions, for any percentage and whole. */
class ThresholdPropertiesTest {
  @Provide
  Arbitrary<BigDecimal> percents() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2);
  }

  @Property
  void roundingUpNeedsTheLeastWholeNumberAtLeastThePercentage(
      @ForAll("percents") BigDecimal percent, @ForAll @LongRange(min = 1, max = 10_000_000) long whole) {
    long needed = new Threshold(percent, Rounding.UP).needed(whole);
    BigDecimal share = percent.multiply(BigDecimal.valueOf(whole));
    // needed/whole >= percent/100, and one fewer would be below it
    assertThat(BigDecimal.valueOf(needed * 100)).isGreaterThanOrEqualTo(share);
    assertThat(BigDecimal.valueOf((needed - 1) * 100)).isLessThan(share);
  }

  @Property
  void roundingDownNeedsTheGreatestWholeNumberAtMostThePercentage(
      @ForAll("percents") BigDecimal percent, @ForAll @LongRange(min = 1, max = 10_000_000) long whole) {
    long needed = new Threshold(percent, Rounding.DOWN).needed(whole);
    BigDecimal share = percent.multiply(BigDecimal.valueOf(whole));
    assertThat(BigDecimal.valueOf(needed * 100)).isLessThanOrEqualTo(share);
    assertThat(BigDecimal.valueOf((needed + 1) * 100)).isGreaterThan(share);
  }

  @Property
  void nearestIsBetweenDownAndUpAndTheyDifferOnlyWhenThePercentageIsNotWhole(
      @ForAll("percents") BigDecimal percent, @ForAll @LongRange(min = 1, max = 10_000_000) long whole) {
    long up = new Threshold(percent, Rounding.UP).needed(whole);
    long down = new Threshold(percent, Rounding.DOWN).needed(whole);
    long nearest = new Threshold(percent, Rounding.NEAREST).needed(whole);
    assertThat(nearest).isBetween(down, up);
    boolean exact = percent.multiply(BigDecimal.valueOf(whole)).remainder(BigDecimal.valueOf(100)).signum() == 0;
    assertThat(up - down).isEqualTo(exact ? 0 : 1);
    assertThat(new Threshold(percent, Rounding.UP).describe(whole)).endsWith(exact ? "exactly" : "rounded up");
  }
}
