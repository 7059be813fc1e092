package org.scrutineer.count.method.plurality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.TieBreak;

class PluralityTest {
  private static final Candidates ABC = Candidates.of(List.of("A", "B", "C"));

  static RankedBallot ballot(String weight, String section, int[]... ranks) {
    return new RankedBallot(ranks, new BigDecimal(weight), section);
  }

  @Test
  void firstPreferencesDecideAndTheHighestWin() {
    RankedBallots ballots = new RankedBallots(ABC, List.of(
        ballot("4", "", new int[] {1}, new int[] {0}), ballot("3", "", new int[] {0}), ballot("2.5", "", new int[] {2})));
    CountReport report = new Plurality().count(ballots, 2, CountRules.defaults());
    assertThat(report.method()).isEqualTo("plurality");
    assertThat(report.winners()).containsExactly("B", "A");
    Round round = report.rounds().get(0);
    assertThat(round.tally()).containsExactly(java.util.Map.entry("A", new BigDecimal("3")), java.util.Map.entry("B", new BigDecimal("4")),
        java.util.Map.entry("C", new BigDecimal("2.5")));
    assertThat(round.elected()).containsExactly("B", "A");
    assertThat(report.quota()).isEmpty();
  }

  @Test
  void anOvervotedFirstRankFollowsTheOvervoteRule() {
    RankedBallots ballots = new RankedBallots(ABC, List.of(ballot("1", "", new int[] {0, 1}, new int[] {2}), ballot("1", "", new int[0], new int[] {2})));
    Round exhaust = new Plurality().count(ballots, 1, CountRules.defaults()).rounds().get(0);
    assertThat(exhaust.exhausted()).isEqualByComparingTo("1");
    assertThat(exhaust.tally().get("C")).isEqualByComparingTo("1");
    Round skip = new Plurality().count(ballots, 1, CountRules.defaults().withOvervote(Overvote.SKIP)).rounds().get(0);
    assertThat(skip.exhausted()).isEqualByComparingTo("0");
    assertThat(skip.tally().get("C")).isEqualByComparingTo("2");
  }

  @Test
  void aTieForTheLastSeatIsBrokenAndRecorded() {
    RankedBallots ballots = new RankedBallots(ABC, List.of(ballot("2", "", new int[] {0}), ballot("1", "", new int[] {1}), ballot("1", "", new int[] {2})));
    CountReport report = new Plurality().count(ballots, 2, CountRules.defaults().withTieBreak(new TieBreak.CandidateOrder()));
    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds().get(0).tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.tied()).containsExactly("B", "C");
      assertThat(tie.chosen()).isEqualTo("B");
    });
    CountReport drawn = new Plurality().count(ballots, 2, CountRules.defaults().withTieBreak(new TieBreak.Random(2016)));
    assertThat(drawn.rounds().get(0).tieBreaks().get(0).how()).contains("draw with seed 2016");
  }

  @Test
  void aTieInsideTheWinnersNeedsNoDraw() {
    RankedBallots ballots = new RankedBallots(ABC, List.of(ballot("2", "", new int[] {0}), ballot("2", "", new int[] {1}), ballot("1", "", new int[] {2})));
    CountReport report = new Plurality().count(ballots, 2, CountRules.defaults());
    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds().get(0).tieBreaks()).isEmpty();
  }

  @Test
  void sectionsBreakTheTallyDownAndAddUpToIt() {
    RankedBallots ballots = new RankedBallots(ABC, List.of(ballot("3", "members", new int[] {0}), ballot("5", "supporters", new int[] {1}),
        ballot("1", "members", new int[] {1}), ballot("1", "supporters")));
    CountReport report = new Plurality().count(ballots, 1, CountRules.defaults());
    assertThat(report.sections().keySet()).containsExactly("members", "supporters");
    assertThat(report.sections().get("members").get(0).tally().get("A")).isEqualByComparingTo("3");
    assertThat(report.sections().get("supporters").get(0).tally().get("B")).isEqualByComparingTo("5");
    assertThat(report.sections().get("supporters").get(0).exhausted()).isEqualByComparingTo("1");
    assertThat(report.winners()).containsExactly("B");
  }

  @Test
  void impossibleSeatsAreRefusedWithTheRange() {
    RankedBallots ballots = new RankedBallots(ABC, List.of());
    assertThatThrownBy(() -> new Plurality().count(ballots, 4, CountRules.defaults())).hasMessage(
        "plurality fills 1 … 3 seats with 3 candidates, not 4 (give --seats between 1 and 3)");
  }

  @Property(tries = 200)
  void ballotOrderNeverChangesTheResult(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 3) int seats) {
    Random random = new Random(seed);
    List<RankedBallot> list = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int first = random.nextInt(3);
      list.add(ballot(String.valueOf(1 + random.nextInt(3)), "", new int[] {first}, new int[] {(first + 1) % 3}));
    }
    CountReport before = new Plurality().count(new RankedBallots(ABC, list), seats, CountRules.defaults());
    Collections.shuffle(list, random);
    CountReport after = new Plurality().count(new RankedBallots(ABC, list), seats, CountRules.defaults());
    assertThat(after.winners()).isEqualTo(before.winners());
    assertThat(after.rounds()).isEqualTo(before.rounds());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Property(tries = 200)
  void aMajorityOfFirstPreferencesWins(@ForAll @IntRange(min = 1, max = 50) int others, @ForAll @IntRange(min = 0, max = 3) int extra) {
    List<RankedBallot> list = new ArrayList<>();
    list.add(ballot(String.valueOf(others + 1 + extra), "", new int[] {2}));
    list.add(ballot(String.valueOf(others), "", new int[] {0}));
    assertThat(new Plurality().count(new RankedBallots(ABC, list), 1, CountRules.defaults()).winners()).containsExactly("C");
  }
}
