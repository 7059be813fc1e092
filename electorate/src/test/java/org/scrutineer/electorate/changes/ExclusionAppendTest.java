package org.scrutineer.electorate.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.Exclusion;

class ExclusionAppendTest {
  @Test
  void newDecisionsAreAddedInKeyOrder() {
    ExclusionAppend.Result result = ExclusionAppend.between(List.of(), List.of(Records.exclusion("L2", "abuse"), Records.exclusion("L1", "abuse")));

    assertThat(result.added()).extracting(e -> e.record().reference()).containsExactly("L1", "L2");
    assertThat(result.conflicts()).isEmpty();
  }

  @Test
  void theSameDecisionAgainIsNothingNew() {
    Exclusion exclusion = Records.exclusion("L1", "abuse");

    ExclusionAppend.Result result = ExclusionAppend.between(List.of(RecordKind.EXCLUSION.values(exclusion)), List.of(exclusion, exclusion));

    assertThat(result.added()).isEmpty();
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(result.conflicts()).isEmpty();
  }

  @Test
  void aFileWithoutARecordedDecisionLeavesItRecorded() {
    ExclusionAppend.Result result = ExclusionAppend.between(List.of(RecordKind.EXCLUSION.values(Records.exclusion("L1", "abuse"))), List.of());

    assertThat(result.added()).isEmpty();
    assertThat(result.conflicts()).isEmpty();
  }

  @Test
  void aRecordedDecisionGivenWithAnotherReasonIsAConflict() {
    ExclusionAppend.Result result = ExclusionAppend.between(List.of(RecordKind.EXCLUSION.values(Records.exclusion("L1", "abuse"))), List.of(Records.exclusion("L1", "support for another party")));

    assertThat(result.added()).isEmpty();
    assertThat(result.conflicts()).containsExactly(new ExclusionAppend.Conflict("exclusion:member:L1@2016-08-01T12:00:00Z/NEC panel", "abuse", "support for another party"));
  }

  @Test
  void oneDecisionTwiceInAFileWithTwoReasonsIsAConflict() {
    ExclusionAppend.Result result = ExclusionAppend.between(List.of(), List.of(Records.exclusion("L1", "abuse"), Records.exclusion("L1", "other")));

    assertThat(result.conflicts()).extracting(ExclusionAppend.Conflict::givenReason).containsExactly("other");
  }
}
