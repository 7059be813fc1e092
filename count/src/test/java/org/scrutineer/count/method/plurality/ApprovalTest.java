package org.scrutineer.count.method.plurality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.count.method.plurality.PluralityTest.ballot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

class ApprovalTest {
  private static final Candidates ABCD = Candidates.of(List.of("A", "B", "C", "D"));

  @Test
  void everyMarkedCandidateGetsTheWholeWeightOnce() {
    RankedBallots ballots = new RankedBallots(ABCD, List.of(
        ballot("2", "", new int[] {0, 1}, new int[] {2}),
        ballot("1.5", "", new int[] {2}, new int[0], new int[] {2}),
        ballot("1", "")));
    CountReport report = new Approval().count(ballots, 2, CountRules.defaults());
    assertThat(report.method()).isEqualTo("approval");
    var tally = report.rounds().get(0).tally();
    assertThat(tally.get("A")).isEqualByComparingTo("2");
    assertThat(tally.get("B")).isEqualByComparingTo("2");
    assertThat(tally.get("C")).isEqualByComparingTo("3.5");
    assertThat(tally.get("D")).isEqualByComparingTo("0");
    assertThat(report.rounds().get(0).exhausted()).isEqualByComparingTo("1");
    assertThat(report.winners()).first().isEqualTo("C");
    assertThat(report.rounds().get(0).tieBreaks()).singleElement().satisfies(t -> assertThat(t.tied()).containsExactly("A", "B"));
  }

  @Test
  void sectionsAreTalliedSeparately() {
    RankedBallots ballots = new RankedBallots(ABCD, List.of(ballot("1", "x", new int[] {0, 3}), ballot("1", "y", new int[] {3})));
    CountReport report = new Approval().count(ballots, 1, CountRules.defaults());
    assertThat(report.winners()).containsExactly("D");
    assertThat(report.sections().get("x").get(0).tally().get("A")).isEqualByComparingTo("1");
    assertThat(report.sections().get("y").get(0).tally().get("A")).isEqualByComparingTo("0");
  }
}
