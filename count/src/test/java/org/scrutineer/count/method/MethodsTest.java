package org.scrutineer.count.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodsTest {
  @Test
  void pluralityAndApprovalAreRegisteredUnderTheirOwnNames() {
    assertThat(Methods.ranked(CountMethod.PLURALITY)).get().extracting(m -> m.getClass().getSimpleName()).isEqualTo("Plurality");
    assertThat(Methods.ranked(CountMethod.APPROVAL)).get().extracting(m -> m.getClass().getSimpleName()).isEqualTo("Approval");
    assertThat(Methods.available(CountMethod.PLURALITY)).isTrue();
    assertThat(Methods.graded(CountMethod.PLURALITY)).isEmpty();
  }
}
