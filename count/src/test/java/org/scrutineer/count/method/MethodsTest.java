package org.scrutineer.count.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodsTest {
  @Test
  void everyMethodIsRegisteredWithItsOwnImplementation() {
    Map<CountMethod, String> classes = Map.ofEntries(
        Map.entry(CountMethod.PLURALITY, "Plurality"), Map.entry(CountMethod.APPROVAL, "Approval"),
        Map.entry(CountMethod.IRV, "InstantRunoff"), Map.entry(CountMethod.SEQUENTIAL_IRV, "SequentialIrv"),
        Map.entry(CountMethod.BOTTOMS_UP, "BottomsUp"), Map.entry(CountMethod.STV, "FractionalStv"),
        Map.entry(CountMethod.STV_SCOTTISH, "ScottishStv"), Map.entry(CountMethod.STV_MEEK, "MeekStv"),
        Map.entry(CountMethod.STV_BELENIOS, "BeleniosStv"), Map.entry(CountMethod.SCHULZE, "Schulze"));
    for (CountMethod method : CountMethod.values()) {
      assertThat(Methods.available(method)).as(method.flag()).isTrue();
      if (method.ranked()) {
        assertThat(Methods.ranked(method)).as(method.flag()).get().extracting(m -> m.getClass().getSimpleName()).isEqualTo(classes.get(method));
        assertThat(Methods.graded(method)).as(method.flag()).isEmpty();
      } else {
        assertThat(Methods.graded(method)).as(method.flag()).get().extracting(m -> m.getClass().getSimpleName()).isEqualTo("MajorityJudgment");
        assertThat(Methods.ranked(method)).as(method.flag()).isEmpty();
      }
    }
  }
}
