package org.scrutineer.nominations.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {
  @ParameterizedTest(name = "{0}% of {1}, {2}: {3}")
  @CsvSource({
    // 2016: the NEC's 20% of 254 = 50.8, rounded up to 51
    "20, 254, UP, 51",
    "20, 254, DOWN, 50",
    "20, 254, NEAREST, 51",
    // exactly 20% of 250 needs no rounding
    "20, 250, UP, 50",
    "20, 250, DOWN, 50",
    "20, 250, NEAREST, 50",
    // 2020: 10% of 212 = 21.2
    "10, 212, UP, 22",
    "10, 212, DOWN, 21",
    "10, 212, NEAREST, 21",
    // a half: nearest rounds it up
    "50, 5, NEAREST, 3",
    "50, 5, DOWN, 2",
    "12.5, 4, NEAREST, 1",
    "0, 254, UP, 0",
    "100, 254, UP, 254",
  })
  void neededIsThePercentageRoundedByTheNamedRule(String percent, long whole, Rounding rounding, long needed) {
    assertThat(Threshold.of(percent, rounding).needed(whole)).isEqualTo(needed);
  }

  @Test
  void describesTheArithmetic() {
    assertThat(Threshold.of("20", Rounding.UP).describe(254)).isEqualTo("20% = 50.8, rounded up");
    assertThat(Threshold.of("20", Rounding.DOWN).describe(254)).isEqualTo("20% = 50.8, rounded down");
    assertThat(Threshold.of("20", Rounding.NEAREST).describe(254)).isEqualTo("20% = 50.8, rounded to the nearest, halves up");
    assertThat(Threshold.of("20.0", Rounding.UP).describe(250)).isEqualTo("20% = 50 exactly");
    assertThat(Threshold.of("5", Rounding.UP).describe(3_000_000)).isEqualTo("5% = 150,000 exactly");
    assertThat(Threshold.of("5", Rounding.UP).describe(2_912_345)).isEqualTo("5% = 145,617.25, rounded up");
  }

  @Test
  void exactIsExactNotBinaryFloatingPoint() {
    assertThat(Threshold.of("0.1", Rounding.UP).exact(30)).isEqualByComparingTo(new BigDecimal("0.03"));
    assertThat(Threshold.of("10", Rounding.UP).needed(10)).isEqualTo(1);
  }

  @Test
  void percentOutsideZeroToHundredIsRefused() {
    assertThatThrownBy(() -> Threshold.of("100.5", Rounding.UP)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Threshold.of("-1", Rounding.UP)).isInstanceOf(IllegalArgumentException.class);
  }
}
