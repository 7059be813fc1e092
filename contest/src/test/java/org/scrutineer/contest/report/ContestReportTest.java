package org.scrutineer.contest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.result.SectionCount;
import org.scrutineer.electorate.register.Section;

class ContestReportTest {
  private static final List<String> CANDIDATES = List.of("A", "B");

  private static ContestResult result(long issued, long removed, long a, long b, long spoilt) {
    return ((ResultTable.Computed) ResultTable.compute(CANDIDATES,
        List.of(new SectionCount(Section.MEMBER, issued, removed, Examples.votes(CANDIDATES, a, b), spoilt)))).result();
  }

  private static ContestReport report(ContestResult result, SectionBallots box) {
    return new ContestReport("t", "plurality", result, List.of(box), RemovalLog.empty(), Optional.empty(), List.of(), List.of(), List.of());
  }

  @Test
  void moreBallotsCountedThanCastIsABug() {
    assertThatThrownBy(() -> report(result(100, 0, 40, 30, 0), SectionBallots.of(Section.MEMBER, 80, 69, Map.of())))
        .hasMessageContaining("member: 70 ballots counted, but only 69 cast");
  }

  @Test
  void castBallotsLeftOutNeedARemovalEach() {
    assertThatThrownBy(() -> report(result(100, 0, 40, 30, 0), SectionBallots.of(Section.MEMBER, 80, 71, Map.of())))
        .hasMessageContaining("member: 1 cast ballots not counted, but only 0 votes removed");
  }

  @Test
  void theRemovalLogMustListWhatTheResultSubtracts() {
    assertThatThrownBy(() -> report(result(100, 1, 40, 30, 0), SectionBallots.of(Section.MEMBER, 80, 71, Map.of())))
        .hasMessageContaining("member: the result subtracts 1 removed votes, the removal log lists 0");
  }

  @Test
  void theSectionsMustBeTheResults() {
    assertThatThrownBy(() -> report(result(100, 0, 40, 30, 0), SectionBallots.of(Section.REGISTERED_SUPPORTER, 80, 70, Map.of())))
        .hasMessageContaining("the result has sections [member] but the ballot boxes [registered_supporter]");
  }

  @Test
  void withoutRoundsTheMostVotesWinAndATieWinsNobody() {
    assertThat(report(result(100, 0, 40, 30, 0), SectionBallots.of(Section.MEMBER, 70, 70, Map.of())).winners()).containsExactly("A");
    assertThat(report(result(100, 0, 35, 35, 0), SectionBallots.of(Section.MEMBER, 70, 70, Map.of())).winners()).isEmpty();
    assertThat(report(result(100, 0, 0, 0, 0), SectionBallots.of(Section.MEMBER, 0, 0, Map.of())).winners()).isEmpty();
  }

  @Test
  void aSectionBoxReceivesAtLeastOneBallotPerVoter() {
    assertThatThrownBy(() -> SectionBallots.of(Section.MEMBER, 5, 6, Map.of())).hasMessageContaining("6 voters cast but 5 ballots received");
  }
}
