package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.count.method.stv.Ballots.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.rules.Threshold;

/** Hand-worked counts as RCTab tabulates them (4 decimal places, truncated); arithmetic in the comments. */
class FractionalStvTest {
  private final FractionalStv stv = new FractionalStv();
  private static final List<String> ABCD = List.of("A", "B", "C", "D");

  @Test
  void surplusFractionAndEachBallotsShareAreCutAndTheWinnerIsThenShownAtTheThreshold() {
    // Threshold floor(100/3) + 1 = 34. Round 1: A 60 elected; fraction (60 − 34) / 60 = 0.4333…
    // → 0.4333; each A ballot moves 0.4333, keeps 0.5667: A keeps 60 × 0.5667 = 34.0020, residual
    // 0.0020. Round 2: B 24 + 40 × 0.4333 = 41.3320 elected, the last seat. Round 3 (RCTab's final
    // round): B's fraction 7.3320 / 41.3320 → 0.1773; 24 ballots move 0.1773, 40 move 0.4333 ×
    // 0.1773 → 0.0768, to nobody: final round surplus 4.2552 + 3.0720 = 7.3272; B keeps 34.0048,
    // residual 0.0020 + 0.0048 = 0.0068.
    RankedBallots ballots = Ballots.of(ABCD, "40 A B", "20 A C", "24 B", "16 C D");

    CountReport report = stv.count(ballots, 2, stv.defaults());

    assertThat(report.quota()).contains(d("34"));
    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds()).extracting(Round::elected).containsExactly(List.of("A"), List.of("B"), List.of());
    assertThat(report.rounds().get(0).transfers()).isEqualTo(Map.of("A", Map.of("B", d("17.3320"), "C", d("8.6660"))));
    assertThat(report.rounds().get(1).tally()).isEqualTo(
        Map.of("A", d("34"), "B", d("41.3320"), "C", d("24.6660"), "D", d("0")));
    assertThat(report.rounds().get(2).tally().get("B")).isEqualByComparingTo("34");
    assertThat(report.details().get("residualSurplus")).isEqualTo(List.of(d("0"), d("0.0020"), d("0.0068")));
    assertThat(report.details().get("finalRoundSurplus")).isEqualTo(d("7.3272"));
  }

  @Test
  void batchEliminationDropsEveryoneWhoCannotCatchTheNextCandidateTogether() {
    // Threshold 34. E 6 + D 8 = 14 < C 20: both go in one round; 14 + 20 = 34 is not below A 33's
    // … next tally (33), so C stays.
    RankedBallots ballots = Ballots.of(List.of("A", "B", "C", "D", "E"), "33 A", "33 B", "20 C", "8 D", "6 E");

    CountReport batch = stv.count(ballots, 2, stv.defaults().withBatchElimination(true));
    CountReport single = stv.count(ballots, 2, stv.defaults());

    assertThat(batch.rounds().get(0).eliminated()).containsExactlyInAnyOrder("D", "E");
    assertThat(batch.rounds().get(1).eliminated()).containsExactly("C");
    assertThat(single.rounds().get(0).eliminated()).containsExactly("E");
    assertThat(single.rounds().get(1).eliminated()).containsExactly("D");
  }

  @Test
  void oneWinnerPerRoundDefersTheOthersToLaterRounds() {
    // A 40 and B 35 both pass 34; with one winner per round A goes first and B in the next round.
    RankedBallots ballots = Ballots.of(ABCD, "40 A C", "35 B", "15 C", "10 D");

    CountReport many = stv.count(ballots, 2, stv.defaults());
    CountReport one = stv.count(ballots, 2, stv.defaults().withOneWinnerPerRound(true));

    assertThat(many.rounds().get(0).elected()).containsExactly("A", "B");
    assertThat(one.rounds().get(0).elected()).containsExactly("A");
    assertThat(one.rounds().get(1).elected()).containsExactly("B");
    assertThat(one.winners()).containsExactly("A", "B");
  }

  @Test
  void fractionalDroopAddsOneUnitAtTheLastPlace() {
    // 100 / 3 = 33.3333 (4 places, truncated) + 0.0001 (RCTab "nonIntegerWinningThreshold").
    RankedBallots ballots = Ballots.of(ABCD, "40 A B", "20 A C", "24 B", "16 C D");

    CountReport report = stv.count(ballots, 2, stv.defaults().withThreshold(Threshold.DROOP_FRACTIONAL));

    assertThat(report.quota()).contains(d("33.3334"));
  }

  @Test
  void hareThresholdIsVotesOverSeatsRoundedUp() {
    RankedBallots ballots = Ballots.of(ABCD, "40 A B", "21 A C", "24 B", "16 C D");

    CountReport report = stv.count(ballots, 2, stv.defaults().withThreshold(Threshold.HARE));

    assertThat(report.quota()).contains(d("51"));
  }
}
