package org.scrutineer.contest.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.Section;

class RejectionLogTest {
  private static final String TRACKER = "a".repeat(43);
  private static final Instant AT = Instant.parse("2016-09-21T12:00:00Z");

  @Test
  void refusalsAreNumberedOnFromTheLogsEnd_inTheirOrder() {
    RejectionLog first = RejectionLog.empty().with(List.of(refusal(Section.MEMBER, RejectionReason.CAST_ALREADY)), AT);
    RejectionLog next = first.with(List.of(refusal(Section.AFFILIATED_SUPPORTER, RejectionReason.FAILS_CHECKS),
        refusal(Section.MEMBER, RejectionReason.CREDENTIAL_REMOVED)), AT.plusSeconds(60));

    assertThat(next.rejections()).extracting(Rejection::number).containsExactly(1, 2, 3);
    assertThat(next.rejections()).extracting(Rejection::reason)
        .containsExactly(RejectionReason.CAST_ALREADY, RejectionReason.FAILS_CHECKS, RejectionReason.CREDENTIAL_REMOVED);
    assertThat(next.rejections().get(0).received()).isEqualTo(AT);
    assertThat(next.rejections().get(2).received()).isEqualTo(AT.plusSeconds(60));
    assertThat(first.rejections()).as("a log is a value: adding makes a new one").hasSize(1);
  }

  @Test
  void countsByReason_areTheSectionsOwn_inTheReasonsOrder() {
    RejectionLog log = RejectionLog.empty().with(List.of(
        refusal(Section.MEMBER, RejectionReason.CAST_ALREADY),
        refusal(Section.MEMBER, RejectionReason.NOT_CANONICAL),
        refusal(Section.MEMBER, RejectionReason.CAST_ALREADY),
        refusal(Section.REGISTERED_SUPPORTER, RejectionReason.CAST_ALREADY)), AT);

    assertThat(log.countsByReason(Section.MEMBER)).containsExactly(
        org.assertj.core.data.MapEntry.entry(RejectionReason.NOT_CANONICAL.description(), 1L),
        org.assertj.core.data.MapEntry.entry(RejectionReason.CAST_ALREADY.description(), 2L));
    assertThat(log.countsByReason(Section.REGISTERED_SUPPORTER)).containsOnlyKeys(RejectionReason.CAST_ALREADY.description());
    assertThat(log.countsByReason(Section.AFFILIATED_SUPPORTER)).isEmpty();
  }

  @Test
  void aLogWithAGapInItsNumbers_orAnEntryWithoutATracker_isNotALog() {
    Rejection second = new Rejection(2, Section.MEMBER, AT, RejectionReason.CAST_ALREADY, "", TRACKER);
    assertThatThrownBy(() -> new RejectionLog(List.of(second))).hasMessage("rejection 1 is numbered 2");
    assertThatThrownBy(() -> new Rejection(1, Section.MEMBER, AT, RejectionReason.CAST_ALREADY, "", "not-a-tracker"))
        .hasMessageContaining("not a smart ballot tracker");
    assertThatThrownBy(() -> new Rejection(1, Section.MEMBER, AT, RejectionReason.FAILS_CHECKS, "two\nlines", TRACKER))
        .hasMessageContaining("not one line");
  }

  @Test
  void everyReasonIsFoundByItsKey_andTheKeysAreDistinct() {
    for (RejectionReason reason : RejectionReason.values()) {
      assertThat(RejectionReason.fromKey(reason.key())).contains(reason);
    }
    assertThat(RejectionReason.fromKey("lost-in-the-post")).isEmpty();
  }

  private static RejectionLog.Refusal refusal(Section section, RejectionReason reason) {
    return new RejectionLog.Refusal(section, reason, "", TRACKER);
  }
}
