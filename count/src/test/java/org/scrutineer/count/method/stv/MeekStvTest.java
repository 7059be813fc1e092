package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.count.method.stv.Ballots.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;

/** Hand-worked counts by Meek's method (9 decimal places, rounded up). */
class MeekStvTest {
  private final MeekStv meek = new MeekStv();
  private static final List<String> ABCD = List.of("A", "B", "C", "D");

  @Test
  void quotaIsValidOverSeatsPlusOneTruncatedPlusOneUnit() {
    // 100 / 3 = 33.333333333 (9 places) + 0.000000001. A is elected at once; keeping 0.555555556
    // of each vote (33.333333334 / 60, rounded up) passes 0.444444444 on: B 24 + 40 × 0.444444444 =
    // 41.77777776 reaches the quota in the same round.
    RankedBallots ballots = Ballots.of(ABCD, "40 A B", "20 A C", "24 B", "16 C D");

    CountReport report = meek.count(ballots, 2, meek.defaults());

    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds()).hasSize(1);
    assertThat(report.rounds().get(0).quota()).contains(d("33.333333334"));
    @SuppressWarnings("unchecked")
    List<Map<String, BigDecimal>> keep = (List<Map<String, BigDecimal>>) report.details().get("keepValues");
    assertThat(keep.get(0).get("A")).isEqualByComparingTo("0.555555556");
    assertThat(keep.get(0).get("B")).isEqualByComparingTo("1");
  }

  @Test
  void quotaFallsAsVotesExhaustAndElectsACandidateWiganWouldNotYet() {
    // Round 1: nobody reaches 33.333333334; D (21) is excluded. Round 2: C 45 is elected; as C's keep
    // value falls the D-C votes' excess grows (21 × (1 − k)) and the quota falls with it, while B
    // gains 24 × (1 − k): by the third iteration B 32.19… passes the quota 31.23… (Scottish WIGM
    // needs a further exclusion for that seat).
    RankedBallots ballots = Ballots.of(ABCD, "30 A", "25 B", "24 C B", "21 D C");

    CountReport report = meek.count(ballots, 2, meek.defaults());

    assertThat(report.winners()).containsExactly("C", "B");
    assertThat(report.rounds()).extracting(Round::eliminated).containsExactly(List.of("D"), List.of());
    assertThat(report.rounds()).extracting(Round::elected).containsExactly(List.of(), List.of("C", "B"));
    BigDecimal quota = report.rounds().get(1).quota().orElseThrow();
    assertThat(quota).isLessThan(d("33.333333334")).isGreaterThan(d("31"));
    Round second = report.rounds().get(1);
    BigDecimal sum = second.exhausted();
    for (BigDecimal v : second.tally().values()) {
      sum = sum.add(v);
    }
    assertThat(sum).isEqualByComparingTo("100");
    assertThat(report.rounds().get(0).transfers().get("D")).containsOnlyKeys("A", "B", "C", Round.EXHAUSTED);
  }

  @Test
  void electedCandidatesSettleAtTheQuotaWhileTheCountGoesOn() {
    // 120 votes, 3 seats, quota 30.000000001: A 60 is elected in round 1 and keeps about half of each
    // vote (E 29.5, D 26.5 after it); C is excluded, its 16 votes exhaust and the quota falls to 26,
    // electing E and D in round 2. In round 1 A's votes converged to within the limit of the quota.
    RankedBallots ballots = Ballots.of(List.of("A", "B", "C", "D", "E"),
        "35 A E", "25 A D", "18 B", "16 C", "14 D", "12 E");

    CountReport report = meek.count(ballots, 3, meek.defaults());

    assertThat(report.rounds().get(0).elected()).containsExactly("A");
    assertThat(report.winners()).containsExactly("A", "E", "D");
    for (Round round : report.rounds().subList(0, report.rounds().size() - 1)) {
      BigDecimal q = round.quota().orElseThrow();
      assertThat(round.tally().get("A").subtract(q).abs()).as("round " + round.round())
          .isLessThanOrEqualTo(MeekStv.SURPLUS_LIMIT);
    }
  }
}
