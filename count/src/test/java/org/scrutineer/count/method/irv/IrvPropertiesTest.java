package org.scrutineer.count.method.irv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;

/** Properties of the IRV family on random elections under random rules. */
class IrvPropertiesTest {
  private static final int TRIES = 400;

  private static RankedCount method(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> new InstantRunoff();
      case 1 -> new SequentialIrv();
      default -> new BottomsUp();
    };
  }

  private static int seats(RankedCount method, RankedBallots ballots, Random random) {
    return method instanceof InstantRunoff ? 1 : 1 + random.nextInt(ballots.candidates().size());
  }

  @Property(tries = TRIES)
  void aCandidateWithAMajorityOfFirstPreferencesWinsInTheFirstRound(@ForAll Random random) {
    RankedBallots others = RandomElections.ballots(random);
    int n = others.candidates().size();
    int x = random.nextInt(n);
    List<RankedBallot> ballots = new ArrayList<>(others.ballots());
    // More first preferences for x than all other ballots together; later ranks anything valid.
    int[][] rest = RandomElections.ranks(random, n);
    int[][] ranks = new int[rest.length + 1][];
    ranks[0] = new int[] {x};
    System.arraycopy(rest, 0, ranks, 1, rest.length);
    ballots.add(random.nextInt(ballots.size() + 1),
        new RankedBallot(ranks, others.totalWeight().add(BigDecimal.ONE), ballots.isEmpty() ? "" : ballots.get(0).section()));
    CountReport report = new InstantRunoff().count(new RankedBallots(others.candidates(), ballots), 1,
        RandomElections.rules(random));
    String name = others.candidates().name(x);
    assertThat(report.winners()).containsExactly(name);
    assertThat(report.rounds().get(0).elected()).containsExactly(name);
  }

  @Property(tries = TRIES)
  void ballotOrderNeverChangesTheReport(@ForAll Random random) {
    RankedBallots ballots = RandomElections.ballots(random);
    CountRules rules = RandomElections.rules(random);
    RankedCount method = method(random);
    int seats = seats(method, ballots, random);
    List<RankedBallot> shuffled = new ArrayList<>(ballots.ballots());
    Collections.shuffle(shuffled, random);
    assertThat(method.count(new RankedBallots(ballots.candidates(), shuffled), seats, rules))
        .isEqualTo(method.count(ballots, seats, rules));
  }

  @Property(tries = TRIES)
  void groupingIdenticalBallotsOrSplittingOneOfWeightWIntoWBallotsChangesNothing(@ForAll Random random) {
    RankedBallots ballots = RandomElections.ballots(random);
    CountRules rules = RandomElections.rules(random);
    RankedCount method = method(random);
    int seats = seats(method, ballots, random);
    List<RankedBallot> split = new ArrayList<>();
    for (RankedBallot b : ballots.ballots()) {
      for (int i = 0; i < b.weight().intValueExact(); i++) {
        split.add(new RankedBallot(b.ranks(), BigDecimal.ONE, b.section()));
      }
    }
    CountReport report = method.count(ballots, seats, rules);
    assertThat(method.count(ballots.grouped(), seats, rules)).isEqualTo(report);
    assertThat(method.count(new RankedBallots(ballots.candidates(), split), seats, rules)).isEqualTo(report);
  }

  @Property(tries = TRIES)
  void everyRoundAccountsForEveryVoteAsATallyOrExhausted(@ForAll Random random) {
    RankedBallots ballots = RandomElections.ballots(random);
    RankedCount method = method(random);
    CountReport report = method.count(ballots, seats(method, ballots, random), RandomElections.rules(random));
    BigDecimal total = ballots.totalWeight();
    for (Round round : report.rounds()) {
      BigDecimal counted = round.tally().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(counted.add(round.exhausted())).as("round %d", round.round()).isEqualByComparingTo(total);
    }
  }

  @Property(tries = TRIES)
  void transfersMoveExactlyTheEliminatedCandidatesVotes(@ForAll Random random) {
    RankedBallots ballots = RandomElections.ballots(random);
    RankedCount method = method(random);
    CountReport report = method.count(ballots, seats(method, ballots, random), RandomElections.rules(random));
    for (Round round : report.rounds()) {
      assertThat(round.transfers().keySet()).containsExactlyInAnyOrderElementsOf(round.eliminated());
      round.transfers().forEach((from, to) -> assertThat(sum(to.values())).as("round %d from %s", round.round(), from)
          .isEqualByComparingTo(round.tally().get(from)));
    }
  }

  @Property(tries = TRIES)
  void sectionsAddUpToTheWholeEveryRound(@ForAll Random random) {
    RankedBallots ballots = RandomElections.ballots(random);
    RankedCount method = method(random);
    CountReport report = method.count(ballots, seats(method, ballots, random), RandomElections.rules(random));
    assertThat(report.sections().keySet()).containsExactlyElementsOf(ballots.sections());
    if (report.sections().isEmpty()) {
      return;
    }
    for (Round round : report.rounds()) {
      int i = round.round() - 1;
      Function<Function<SectionRound, BigDecimal>, BigDecimal> acrossSections =
          f -> sum(report.sections().values().stream().map(list -> f.apply(list.get(i))).toList());
      assertThat(acrossSections.apply(SectionRound::exhausted)).isEqualByComparingTo(round.exhausted());
      round.tally().forEach((name, votes) ->
          assertThat(acrossSections.apply(s -> s.tally().get(name))).isEqualByComparingTo(votes));
    }
  }

  private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
