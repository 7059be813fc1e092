package org.scrutineer.count.method.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.input.belenios.BeleniosBallotConversion;
import org.scrutineer.count.input.belenios.BeleniosBallotsReader;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.rules.CountRules;

class BeleniosStvTest {
  private static final Candidates ABCDE = Candidates.of(List.of("A", "B", "C", "D", "E"));

  /** demo-stv.sh's 50 ballots (the golden folder demo-stv), counted exactly with candidate names. */
  @Test
  void theDebianDemoElectionElectsEThenDInExactArithmetic() throws Exception {
    String json = new String(getClass().getResourceAsStream("/golden/belenios-method/demo-stv/input.json").readAllBytes());
    BeleniosBallots raw = BeleniosBallotsReader.read(new StringReader(json), "input.json").orThrow();
    RankedBallots ballots = BeleniosBallotConversion.ranked(raw, ABCDE).orThrow();
    CountReport report = new BeleniosStv().count(ballots, 2, CountRules.defaults());
    // belenios-tool: events [["Lose",2],["Win",[4]],["Lose",0],["Win",[3]]]
    assertThat(report.winners()).containsExactly("E", "D");
    assertThat(report.rounds()).extracting(Round::eliminated).containsExactly(List.of("C"), List.of(), List.of("A"), List.of());
    assertThat(report.quota()).contains(BigDecimal.valueOf(17)); // floor(50 / 3) + 1
    assertThat(report.rounds().get(0).tally().get("E")).isEqualByComparingTo("15");
  }

  @Test
  void aBallotWithAGapOrAnEqualRankIsInvalidAndNamedWithWhy() {
    List<RankedBallot> ballots = List.of(
        RankedBallot.of(new int[] {0}, new int[] {}, new int[] {1}),
        RankedBallot.of(new int[] {0, 1}),
        RankedBallot.of(new int[] {1}, new int[] {1}),
        RankedBallot.of(new int[] {2}, new int[] {}, new int[] {}));
    CountReport report = new BeleniosStv().count(new RankedBallots(Candidates.of(List.of("A", "B", "C")), ballots), 1, CountRules.defaults());
    assertThat(report.invalid()).hasSize(3);
    assertThat(report.invalid().get(0)).contains("rank 2 is empty");
    assertThat(report.invalid().get(1)).contains("rank 1 holds 2 candidates");
    assertThat(report.invalid().get(2)).contains("ranked twice");
    assertThat(report.winners()).containsExactly("C");
  }

  @Test
  void aTieIsRecordedAndGoesToTheQuestionOrder() {
    List<RankedBallot> ballots = List.of(RankedBallot.of(new int[] {0}, new int[] {1}), RankedBallot.of(new int[] {1}, new int[] {0}));
    CountReport report = new BeleniosStv().count(new RankedBallots(Candidates.of(List.of("A", "B")), ballots), 1, CountRules.defaults());
    assertThat(report.rounds().get(0).eliminated()).containsExactly("B");
    assertThat(report.rounds().get(0).tieBreaks()).singleElement().satisfies(t -> {
      assertThat(t.tied()).containsExactly("B", "A");
      assertThat(t.chosen()).isEqualTo("B");
    });
    assertThat(report.winners()).containsExactly("A");
  }

  @Test
  void theToolsAssertionIsReportedWhenAChoiceNobodyRanksCannotFillASeat() {
    BeleniosStvResult result = BeleniosStv.asBeleniosTool(new BeleniosBallots(List.of(new long[] {1, 0, 0}, new long[] {1, 0, 0})), 2);
    assertThat(result.winners()).containsExactly(0);
    assertThat(result.toolAssertion()).get().asString().contains("stv.ml\", line 179");
  }

  /**
   * The golden folder stv-binary64-decides: exact fractions tie B and D for the second seat, and
   * Belenios' tie rule eliminates D (the later in question order); belenios-tool's binary64 sums
   * leave D ahead, and it elects D. Our exact count and our binary64 one each reproduce their side.
   */
  @Test
  void binaryFloatingPointCanDecideWhatExactArithmeticCallsATie() throws Exception {
    String json = new String(getClass().getResourceAsStream("/golden/belenios-method/stv-binary64-decides/input.json").readAllBytes());
    BeleniosBallots raw = BeleniosBallotsReader.read(new StringReader(json), "input.json").orThrow();
    Candidates abcd = Candidates.of(List.of("A", "B", "C", "D"));
    CountReport exact = new BeleniosStv().count(BeleniosBallotConversion.ranked(raw, abcd).orThrow(), 2, CountRules.defaults());
    Round third = exact.rounds().get(2);
    assertThat(third.tally()).containsOnlyKeys("B", "D");
    assertThat(third.tally().get("B")).isEqualByComparingTo(third.tally().get("D")).isEqualByComparingTo("3.3333");
    assertThat(third.eliminated()).containsExactly("D");
    assertThat(third.tieBreaks()).hasSize(1);
    assertThat(third.exhausted()).isEqualByComparingTo("1.3333"); // 13 - 10/3 - 10/3 - the quota C keeps (5)
    // C's surplus of 1 over its 6 ballots at 1/6 each: 1/6 to A, 2/6 to B, 1/6 to D, 2/6 exhausted
    assertThat(exact.rounds().get(0).transfers()).containsOnlyKeys("C");
    var fromC = exact.rounds().get(0).transfers().get("C");
    assertThat(fromC).containsOnlyKeys("A", "B", "D", Round.EXHAUSTED);
    assertThat(fromC.get("A")).isEqualByComparingTo("0.1666");
    assertThat(fromC.get("B")).isEqualByComparingTo("0.3333");
    assertThat(fromC.get("D")).isEqualByComparingTo("0.1666");
    assertThat(fromC.get(Round.EXHAUSTED)).isEqualByComparingTo("0.3333");
    assertThat(exact.winners()).containsExactly("C", "B");
    assertThat(BeleniosStv.asBeleniosTool(raw, 2).winners()).containsExactly(2, 3);
  }

  @Property(tries = 150)
  void ballotOrderNeverChangesTheResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int voters, @ForAll @IntRange(min = 1, max = 4) int seats) {
    Random random = new Random(seed);
    List<RankedBallot> ballots = randomRankings(random, voters);
    List<RankedBallot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, random);
    CountReport a = new BeleniosStv().count(new RankedBallots(ABCDE, ballots), seats, CountRules.defaults());
    CountReport b = new BeleniosStv().count(new RankedBallots(ABCDE, shuffled), seats, CountRules.defaults());
    assertThat(b.winners()).isEqualTo(a.winners());
    assertThat(b.rounds()).isEqualTo(a.rounds());
  }

  @Property(tries = 150)
  void aBallotOfWeightTwoCountsAsTwoBallots(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int voters) {
    Random random = new Random(seed);
    List<RankedBallot> ballots = randomRankings(random, voters);
    List<RankedBallot> doubled = new ArrayList<>();
    List<RankedBallot> weighted = new ArrayList<>();
    for (RankedBallot b : ballots) {
      doubled.add(b);
      doubled.add(b);
      weighted.add(new RankedBallot(b.ranks(), BigDecimal.valueOf(2), ""));
    }
    CountReport a = new BeleniosStv().count(new RankedBallots(ABCDE, doubled), 2, CountRules.defaults());
    CountReport b = new BeleniosStv().count(new RankedBallots(ABCDE, weighted), 2, CountRules.defaults());
    assertThat(b.winners()).isEqualTo(a.winners());
    assertThat(b.rounds()).isEqualTo(a.rounds());
  }

  /** Where no rounding is involved, exact fractions and belenios-tool's binary64 decide alike. */
  @Property(tries = 150)
  void exactAndBinary64AgreeOnSingleSeatCounts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int voters) {
    List<RankedBallot> ballots = randomRankings(new Random(seed), voters);
    List<long[]> raw = new ArrayList<>();
    for (RankedBallot b : ballots) {
      long[] marks = new long[5];
      for (int r = 0; r < b.rankCount(); r++) {
        marks[b.at(r)[0]] = r + 1;
      }
      raw.add(marks);
    }
    // one seat: no surplus is ever transferred, so every total is a whole number in both arithmetics
    CountReport exact = new BeleniosStv().count(new RankedBallots(ABCDE, ballots), 1, CountRules.defaults());
    BeleniosStvResult tool = BeleniosStv.asBeleniosTool(new BeleniosBallots(raw), 1);
    assertThat(exact.winners()).isEqualTo(tool.winners().stream().map(ABCDE::name).toList());
  }

  private static List<RankedBallot> randomRankings(Random random, int voters) {
    List<RankedBallot> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
      Collections.shuffle(order, random);
      int k = 1 + random.nextInt(5);
      int[][] ranks = new int[k][];
      for (int r = 0; r < k; r++) {
        ranks[r] = new int[] {order.get(r)};
      }
      ballots.add(RankedBallot.of(ranks));
    }
    return ballots;
  }
}
