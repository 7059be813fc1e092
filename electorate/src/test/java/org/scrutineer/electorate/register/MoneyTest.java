package org.scrutineer.electorate.register;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void readsPoundsWithAtMostTwoDecimals() {
    assertThat(Money.parsePounds("25.00")).contains(2500L);
    assertThat(Money.parsePounds("25")).contains(2500L);
    assertThat(Money.parsePounds("3.5")).contains(350L);
    assertThat(Money.parsePounds("25.001")).isEmpty();
    assertThat(Money.parsePounds("-1")).isEmpty();
    assertThat(Money.parsePounds("£25")).isEmpty();
    assertThat(Money.parsePounds("1e30")).isEmpty();
  }

  @Test
  void writesPenceAsPoundsWithTwoDecimals() {
    assertThat(Money.pounds(2500)).isEqualTo("25.00");
    assertThat(Money.pounds(5)).isEqualTo("0.05");
    assertThat(Money.pounds(300)).isEqualTo("3.00");
  }

  @Property
  void whatIsWrittenReadsBack(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long pence) {
    assertThat(Money.parsePounds(Money.pounds(pence))).contains(pence);
  }
}
