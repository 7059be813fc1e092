package org.scrutineer.count.method.irv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

class BottomsUpTest {
  private static final CountRules RULES = new BottomsUp().defaults();

  @Test
  void eliminatesFromTheBottomUntilTheSeatsAreLeftAndElectsThemAll() {
    var ballots = TestBallots.of("A B C D", "5: A", "4: B", "3: C B", "1: D C");
    CountReport report = new BottomsUp().count(ballots, 2, RULES);
    // D (1) goes to C: B 4, C 4 tie for last; previous rounds: C had 3 to B's 4, so C goes, to B.
    assertThat(report.rounds()).hasSize(3);
    assertThat(report.rounds().get(0).eliminated()).containsExactly("D");
    assertThat(report.rounds().get(1).eliminated()).containsExactly("C");
    assertThat(report.rounds().get(2).elected()).containsExactly("B", "A"); // by final tally: B 8, A 5
    assertThat(report.winners()).containsExactly("B", "A");
    assertThat(report.rounds()).allSatisfy(r -> assertThat(r.quota()).isEmpty());
    assertThat(report.quota()).isEmpty();
  }

  @Test
  void aMajorityDoesNotStopTheCount() {
    var ballots = TestBallots.of("A B C", "9: A", "2: B", "1: C");
    CountReport report = new BottomsUp().count(ballots, 2, RULES);
    assertThat(report.rounds()).hasSize(2);
    assertThat(report.winners()).containsExactly("A", "B");
  }

  @Test
  void batchEliminationNeverLeavesFewerThanTheSeats() {
    var ballots = TestBallots.of("A B C D", "20: A", "2: B", "1: C", "1: D");
    CountReport report = new BottomsUp().count(ballots, 2, RULES.withBatchElimination(true));
    // B, C, D (4 together) cannot reach A, but only two may go.
    assertThat(report.winners()).hasSize(2).contains("A", "B");
  }

  @Test
  void asManySeatsAsCandidatesElectsEveryoneInTheFirstRound() {
    CountReport report = new BottomsUp().count(TestBallots.of("A B", "1: B"), 3, RULES);
    assertThat(report.rounds()).hasSize(1);
    assertThat(report.winners()).containsExactly("B", "A");
    assertThat(report.rounds().get(0).tally().get("A")).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void atLeastOneSeat() {
    assertThatThrownBy(() -> new BottomsUp().count(TestBallots.of("A B", "1: A"), 0, RULES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
