package org.scrutineer.contest.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PercentageTest {
  @Test
  void oneDecimalPlaceRoundedHalfUp() {
    assertThat(Percentage.of(1, 16)).contains(new BigDecimal("6.3")); // 6.25
    assertThat(Percentage.of(1, 8)).contains(new BigDecimal("12.5"));
    assertThat(Percentage.of(2, 3)).contains(new BigDecimal("66.7"));
    assertThat(Percentage.of(1, 3)).contains(new BigDecimal("33.3"));
    assertThat(Percentage.of(1, 2001)).contains(new BigDecimal("0.0"));
    assertThat(Percentage.of(7, 7)).contains(new BigDecimal("100.0"));
  }

  @Test
  void exactFromTheWholeNumbersNotFromABinaryFraction() {
    // 3 of 2,000 is exactly 0.15%, on the rounding boundary; the double 300.0 / 2000 is 0.14999…, which rounds to 0.1.
    assertThat(Percentage.of(3, 2000)).contains(new BigDecimal("0.2"));
    assertThat(new BigDecimal(300.0 / 2000).setScale(1, Percentage.ROUNDING)).isEqualByComparingTo("0.1");
  }

  @Test
  void noPercentageOfNothing() {
    assertThat(Percentage.of(0, 0)).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> Percentage.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
