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

  /**
   * 9 valid ballots, 2 seats, quota floor(9 / 3) + 1 = 4. Round 1: A 6 (members 4, supporters 2)
   * wins, its ballots go on to B at (6 - 4) / 6 = 1/3 each: members 4/3, supporters 2/3. Round 2: B 2
   * is eliminated, its ballots rank no one else. Round 3: C alone wins. Truncated to 4 places the
   * supporters' 2/3 would show 0.6666 and the sections 1.9999 against B's 2.0000; the unit left
   * over goes to the larger remainder (2/3 - 0.6666 > 4/3 - 1.3333), so supporters show 0.6667.
   */
  @Test
  void everyRoundIsBrokenDownBySectionAndTheSectionsAddUpToTheRoundAsShown() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 4, "members", 0, 1);
    add(ballots, 1, "members", 2);
    add(ballots, 2, "supporters", 0, 1);
    add(ballots, 2, "supporters", 2);
    CountReport report = new BeleniosStv().count(new RankedBallots(Candidates.of(List.of("A", "B", "C")), ballots), 2,
        CountRules.defaults());
    assertThat(report.winners()).containsExactly("A", "C");
    assertThat(report.sections()).containsOnlyKeys("members", "supporters");
    var members = report.sections().get("members");
    var supporters = report.sections().get("supporters");
    assertThat(members).hasSize(3);
    assertThat(members.get(0).tally()).isEqualTo(votes("A", "4.0000", "B", "0.0000", "C", "1.0000"));
    assertThat(supporters.get(0).tally()).isEqualTo(votes("A", "2.0000", "B", "0.0000", "C", "2.0000"));
    assertThat(members.get(1).tally()).isEqualTo(votes("B", "1.3333", "C", "1.0000"));
    assertThat(supporters.get(1).tally()).isEqualTo(votes("B", "0.6667", "C", "2.0000"));
    assertThat(members.get(1).exhausted()).isEqualByComparingTo("0");
    assertThat(members.get(2).tally()).isEqualTo(votes("C", "1.0000"));
    assertThat(members.get(2).exhausted()).isEqualByComparingTo("1.3333");
    assertThat(supporters.get(2).exhausted()).isEqualByComparingTo("0.6667");
    assertThat(report.rounds().get(2).exhausted()).isEqualByComparingTo("2"); // 9 - C's 3 - A's quota of 4
    for (Round round : report.rounds()) {
      int i = round.round() - 1;
      round.tally().forEach((name, v) -> assertThat(members.get(i).tally().get(name).add(supporters.get(i).tally().get(name)))
          .as("round %d, %s", round.round(), name).isEqualByComparingTo(v));
      assertThat(members.get(i).exhausted().add(supporters.get(i).exhausted())).isEqualByComparingTo(round.exhausted());
    }
  }

  @Test
  void sectionsChangeNothingButTheBreakdown() {
    List<RankedBallot> sectioned = new ArrayList<>();
    add(sectioned, 4, "members", 0, 1);
    add(sectioned, 1, "members", 2);
    add(sectioned, 2, "supporters", 0, 1);
    add(sectioned, 2, "supporters", 2);
    List<RankedBallot> plain = sectioned.stream().map(b -> new RankedBallot(b.ranks(), b.weight(), "")).toList();
    Candidates abc = Candidates.of(List.of("A", "B", "C"));
    CountReport with = new BeleniosStv().count(new RankedBallots(abc, sectioned), 2, CountRules.defaults());
    CountReport without = new BeleniosStv().count(new RankedBallots(abc, plain), 2, CountRules.defaults());
    assertThat(without.sections()).isEmpty();
    assertThat(with.rounds()).isEqualTo(without.rounds());
    assertThat(with.winners()).isEqualTo(without.winners());
    assertThat(with.details()).isEqualTo(without.details());
  }

  private static void add(List<RankedBallot> ballots, int weight, String section, int... order) {
    int[][] ranks = new int[order.length][];
    for (int r = 0; r < order.length; r++) {
      ranks[r] = new int[] {order[r]};
    }
    ballots.add(new RankedBallot(ranks, BigDecimal.valueOf(weight), section));
  }

  /** Name, value, name, value…; values compared with their scale, as the report shows them. */
  private static java.util.Map<String, BigDecimal> votes(String... pairs) {
    var votes = new java.util.LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < pairs.length; i += 2) {
      votes.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
    return votes;
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
