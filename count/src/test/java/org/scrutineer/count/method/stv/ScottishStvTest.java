package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.count.method.stv.Ballots.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;

/** Hand-worked counts under SSI 2007/42 rules 45–52; the arithmetic of each is in its comments. */
class ScottishStvTest {
  private final ScottishStv stv = new ScottishStv();
  private static final List<String> ABCD = List.of("A", "B", "C", "D");

  @Test
  void surplusMovesAtTruncatedTransferValueAndTheRemainderIsReportedAsLoss() {
    // Valid 100, 2 seats: quota floor(100/3) + 1 = 34 (rule 46). A 60 is elected; surplus 26 goes
    // at 26 × 1 / 60 = 0.433333… → 0.43333 (rule 48(3)): B gets 40 × 0.43333 = 17.33320, C 20 ×
    // 0.43333 = 8.66660; 26 − 25.99980 = 0.00020 is ignored. B 41.33320 reaches the quota.
    RankedBallots ballots = Ballots.of(ABCD, "40 A B", "20 A C", "24 B", "16 C D");

    CountReport report = stv.count(ballots, 2, stv.defaults());

    assertThat(report.quota()).contains(d("34"));
    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds()).hasSize(2);
    Round first = report.rounds().get(0);
    assertThat(first.elected()).containsExactly("A");
    assertThat(first.transfers()).isEqualTo(Map.of("A", Map.of("B", d("17.33320"), "C", d("8.66660"))));
    Round second = report.rounds().get(1);
    assertThat(second.tally()).isEqualTo(Map.of("A", d("34"), "B", d("41.33320"), "C", d("24.66660"), "D", d("0")));
    assertThat(second.tally().keySet()).as("official order").containsExactly("A", "B", "C", "D");
    assertThat(second.elected()).containsExactly("B");
    assertThat(report.details().get("roundingLoss")).isEqualTo(List.of(BigDecimal.ZERO, d("0.00020")));
  }

  @Test
  void exclusionThenSurplusThenLastVacancyFilledByRule52() {
    // Quota 34. Stage 1: A 30, B 25, C 24, D 21: nobody elected, D excluded, D's 21 go to C (45).
    // Stage 2: C elected. Stage 3: C's surplus 11 at 11 / 45 = 0.24444: B gets 24 × 0.24444 =
    // 5.86656 (30.86656), the 21 D-C papers are non-transferable (5.13324). Nobody reaches 34 and
    // two continue for one seat: A (30) is excluded; stage 4: B alone continues: elected (rule 52).
    RankedBallots ballots = Ballots.of(ABCD, "30 A", "25 B", "24 C B", "21 D C");

    CountReport report = stv.count(ballots, 2, stv.defaults());

    assertThat(report.winners()).containsExactly("C", "B");
    assertThat(report.rounds()).extracting(Round::eliminated)
        .containsExactly(List.of("D"), List.of(), List.of("A"), List.of());
    assertThat(report.rounds()).extracting(Round::elected)
        .containsExactly(List.of(), List.of("C"), List.of(), List.of("B"));
    assertThat(report.rounds().get(1).transfers())
        .isEqualTo(Map.of("C", Map.of("B", d("5.86656"), Round.EXHAUSTED, d("5.13324"))));
    assertThat(report.rounds().get(2).tally().get("B")).isEqualByComparingTo("30.86656");
    assertThat(report.rounds().get(2).exhausted()).isEqualByComparingTo("5.13324");
    assertThat(report.rounds().get(3).exhausted()).isEqualByComparingTo("35.13324");
  }

  @Test
  void tieForLowestIsBrokenByTheMostRecentStageAtWhichTheyDiffered() {
    // One seat, quota 16. Stage 1: A 10, B 9, C 6, D 5: D excluded (to A, 15). Stage 2: A 15, B 9,
    // C 6: C excluded (to B, 15). Stage 3: A 15, B 15, tied lowest: at stage 2 B had fewer (rule
    // 51(2)(a)), so B is excluded and A, the one continuing candidate, is elected.
    RankedBallots ballots = Ballots.of(ABCD, "10 A", "9 B", "6 C B", "5 D A");

    CountReport report = stv.count(ballots, 1, stv.defaults());

    assertThat(report.winners()).containsExactly("A");
    Round third = report.rounds().get(2);
    assertThat(third.eliminated()).containsExactly("B");
    assertThat(third.tieBreaks()).singleElement().satisfies(t -> {
      assertThat(t.tied()).containsExactly("A", "B");
      assertThat(t.chosen()).isEqualTo("B");
      assertThat(t.how()).contains("round 2");
    });
  }

  @Test
  void candidatesEqualAtEveryStageAreSeparatedByTheRecordedLot() {
    // One seat, quota 13. Stage 1: A 10, B 10, C 5: C excluded, its papers non-transferable.
    // Stage 2: A 10, B 10, equal at every stage: rule 51(2)(b), by lot — the seeded draw, recorded.
    RankedBallots ballots = Ballots.of(List.of("A", "B", "C"), "10 A", "10 B", "5 C");

    CountReport first = stv.count(ballots, 1, stv.defaults());
    CountReport again = stv.count(ballots, 1, stv.defaults());

    Round second = first.rounds().get(1);
    assertThat(second.tieBreaks()).singleElement().satisfies(t -> {
      assertThat(t.tied()).containsExactly("A", "B");
      assertThat(t.how()).contains("tied in every earlier round").contains("draw with seed 0");
      assertThat(second.eliminated()).containsExactly(t.chosen());
    });
    assertThat(first.winners()).hasSize(1).doesNotContain(second.eliminated().get(0));
    assertThat(again.winners()).as("the lot is reproducible").isEqualTo(first.winners());
  }

  @Test
  void aSkippedNumberEndsThePaperBecausePreferencesMustBeConsecutive() {
    // "next available preference" is the next in consecutive order (art. 2): the 10 papers "C, -, A"
    // exhaust when C is excluded instead of reaching A.
    RankedBallots ballots = Ballots.of(List.of("A", "B", "C"), "20 A", "21 B", "10 C - A");

    CountReport report = stv.count(ballots, 1, stv.defaults());

    assertThat(report.rounds().get(0).eliminated()).containsExactly("C");
    assertThat(report.rounds().get(0).transfers()).isEqualTo(Map.of("C", Map.of(Round.EXHAUSTED, d("10"))));
    assertThat(report.winners()).containsExactly("B");
  }

  @Test
  void sectionsAddUpToEachRound() {
    RankedBallots ballots = new RankedBallots(org.scrutineer.count.ballot.Candidates.of(ABCD), List.of(
        new RankedBallot(new int[][] {{0}, {1}}, d("25"), "members"),
        new RankedBallot(new int[][] {{0}, {1}}, d("15"), "supporters"),
        new RankedBallot(new int[][] {{0}, {2}}, d("20"), "members"),
        new RankedBallot(new int[][] {{1}}, d("24"), "supporters"),
        new RankedBallot(new int[][] {{2}, {3}}, d("16"), "members")));

    CountReport report = stv.count(ballots, 2, stv.defaults());

    assertThat(report.sections()).containsOnlyKeys("members", "supporters");
    Round first = report.rounds().get(0);
    BigDecimal membersA = report.sections().get("members").get(0).tally().get("A");
    BigDecimal supportersA = report.sections().get("supporters").get(0).tally().get("A");
    assertThat(membersA.add(supportersA)).isEqualByComparingTo(first.tally().get("A"));
    BigDecimal membersB = report.sections().get("members").get(1).tally().get("B");
    BigDecimal supportersB = report.sections().get("supporters").get(1).tally().get("B");
    assertThat(membersB).isEqualByComparingTo("10.83325");
    assertThat(membersB.add(supportersB)).isEqualByComparingTo(report.rounds().get(1).tally().get("B"));
  }

  @Test
  void moreSeatsThanCandidatesIsRefusedWithTheRange() {
    assertThatThrownBy(() -> stv.count(Ballots.of(List.of("A", "B"), "1 A"), 3, stv.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stv-scottish fills 1 … 2 seats with 2 candidates, not 3 (give --seats between 1 and 2)");
  }
}
