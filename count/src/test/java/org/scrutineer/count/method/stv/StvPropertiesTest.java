package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;

/**
 * Properties every STV count must have, on random elections of 3–6 candidates with whole or
 * fractional weights and sections: ballot order never changes anything; votes are conserved exactly
 * in every round, overall and in every section; with one seat every method elects the IRV winner
 * (when IRV meets no tie); Meek keeps values in [0, 1] and elected candidates at the quota.
 */
class StvPropertiesTest {
  private static final List<RankedCount> METHODS = List.of(new ScottishStv(), new FractionalStv(), new MeekStv());

  @Provide
  Arbitrary<RankedBallots> elections() {
    return Arbitraries.integers().between(3, 6).flatMap(n -> {
      // Weights are whole ballots or, a third of the time, weighted votes of up to two places.
      Arbitrary<BigDecimal> weights = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 40).map(BigDecimal::valueOf)),
          net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 4000).map(w -> BigDecimal.valueOf(w, 2))));
      Arbitrary<String> sections = Arbitraries.of("", "members", "affiliated", "registered");
      Arbitrary<RankedBallot> ballot = Combinators.combine(
              Arbitraries.integers().between(1, n), weights, Arbitraries.longs(), sections)
          .as((length, weight, seed, section) -> {
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < n; c++) {
              order.add(c);
            }
            Collections.shuffle(order, new Random(seed));
            int[][] ranks = new int[length][];
            for (int r = 0; r < length; r++) {
              ranks[r] = new int[] {order.get(r)};
            }
            return new RankedBallot(ranks, weight, section);
          });
      List<String> names = List.of("Ash", "Birch", "Cedar", "Dogwood", "Elm", "Fir").subList(0, n);
      return ballot.list().ofMinSize(1).ofMaxSize(40).map(list -> new RankedBallots(Candidates.of(names), list));
    });
  }

  @Property(tries = 150)
  void ballotOrderNeverChangesTheResult(@ForAll("elections") RankedBallots ballots, @ForAll @IntRange(min = 1, max = 3) int seats,
      @ForAll long shuffleSeed) {
    Assume.that(seats <= ballots.candidates().size());
    List<RankedBallot> shuffled = new ArrayList<>(ballots.ballots());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    RankedBallots reordered = new RankedBallots(ballots.candidates(), shuffled);
    for (RankedCount method : METHODS) {
      CountReport a = method.count(ballots, seats, method.defaults());
      CountReport b = method.count(reordered, seats, method.defaults());
      assertThat(b.winners()).as(a.method()).isEqualTo(a.winners());
      assertThat(b.rounds()).as(a.method()).isEqualTo(a.rounds());
      assertThat(b.details()).as(a.method()).isEqualTo(a.details());
    }
  }

  @Property(tries = 150)
  @SuppressWarnings("unchecked")
  void votesAreConservedInEveryRound(@ForAll("elections") RankedBallots ballots, @ForAll @IntRange(min = 1, max = 3) int seats) {
    Assume.that(seats <= ballots.candidates().size());
    BigDecimal total = ballots.totalWeight();
    CountReport scottish = new ScottishStv().count(ballots, seats, new ScottishStv().defaults());
    List<BigDecimal> loss = (List<BigDecimal>) scottish.details().get("roundingLoss");
    for (Round round : scottish.rounds()) {
      assertThat(sum(round).add(loss.get(round.round() - 1))).as("stv-scottish round " + round.round())
          .isEqualByComparingTo(total);
    }
    CountReport fractional = new FractionalStv().count(ballots, seats, new FractionalStv().defaults());
    List<BigDecimal> residual = (List<BigDecimal>) fractional.details().get("residualSurplus");
    for (Round round : fractional.rounds()) {
      boolean last = round.round() == fractional.rounds().size();
      BigDecimal finalSurplus = last ? (BigDecimal) fractional.details().get("finalRoundSurplus") : BigDecimal.ZERO;
      assertThat(sum(round).add(residual.get(round.round() - 1)).add(finalSurplus))
          .as("stv round " + round.round()).isEqualByComparingTo(total);
    }
    CountReport meek = new MeekStv().count(ballots, seats, new MeekStv().defaults());
    for (Round round : meek.rounds()) {
      assertThat(sum(round)).as("stv-meek round " + round.round()).isEqualByComparingTo(total);
    }
  }

  @Property(tries = 200)
  void withOneSeatEveryMethodElectsTheIrvWinner(@ForAll("elections") RankedBallots ballots) {
    Integer irv = irvWinnerWithoutTies(ballots);
    Assume.that(irv != null);
    String winner = ballots.candidates().name(irv);
    for (RankedCount method : METHODS) {
      assertThat(method.count(ballots, 1, method.defaults()).winners()).as(method.getClass().getSimpleName())
          .containsExactly(winner);
    }
  }

  @Property(tries = 150)
  @SuppressWarnings("unchecked")
  void meekKeepsValuesWithinZeroAndOneAndElectedCandidatesAtTheQuota(@ForAll("elections") RankedBallots ballots,
      @ForAll @IntRange(min = 2, max = 3) int seats) {
    Assume.that(seats < ballots.candidates().size());
    CountReport report = new MeekStv().count(ballots, seats, new MeekStv().defaults());
    List<Map<String, BigDecimal>> keep = (List<Map<String, BigDecimal>>) report.details().get("keepValues");
    List<String> electedSoFar = new ArrayList<>();
    for (Round round : report.rounds()) {
      keep.get(round.round() - 1).values().forEach(k -> assertThat(k).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      electedSoFar.addAll(round.elected());
      boolean last = round.round() == report.rounds().size();
      if (!last) {
        BigDecimal quota = round.quota().orElseThrow();
        for (String c : electedSoFar) {
          assertThat(round.tally().get(c).subtract(quota).abs()).as(c + " in round " + round.round())
              .isLessThanOrEqualTo(MeekStv.SURPLUS_LIMIT);
        }
      }
    }
  }

  @Property(tries = 100)
  void sectionsAddUpToTheirBallotsInEveryRound(@ForAll("elections") RankedBallots ballots,
      @ForAll @IntRange(min = 1, max = 3) int seats) {
    Assume.that(seats <= ballots.candidates().size());
    Map<String, BigDecimal> weightBySection = new java.util.HashMap<>();
    for (RankedBallot b : ballots.ballots()) {
      if (!b.section().isEmpty()) {
        weightBySection.merge(b.section(), b.weight(), BigDecimal::add);
      }
    }
    for (RankedCount method : METHODS) {
      CountReport report = method.count(ballots, seats, method.defaults());
      assertThat(report.sections().keySet()).as(report.method()).containsExactlyInAnyOrderElementsOf(weightBySection.keySet());
      report.sections().forEach((section, rounds) -> {
        for (org.scrutineer.count.report.SectionRound round : rounds) {
          boolean setAside = report.method().equals("stv") && round.round() == report.rounds().size();
          BigDecimal sum = round.exhausted();
          for (BigDecimal v : round.tally().values()) {
            sum = sum.add(v);
          }
          // RCTab's final round sets the winners' surpluses aside, held by no one.
          if (setAside) {
            assertThat(sum).as(report.method() + " " + section).isLessThanOrEqualTo(weightBySection.get(section));
          } else {
            assertThat(sum).as(report.method() + " " + section + " round " + round.round())
                .isEqualByComparingTo(weightBySection.get(section));
          }
        }
      });
    }
  }

  private static BigDecimal sum(Round round) {
    BigDecimal sum = round.exhausted();
    for (BigDecimal v : round.tally().values()) {
      sum = sum.add(v);
    }
    return sum;
  }

  /** A plain IRV count (majority of continuing votes; eliminate the lowest): null if any round ties for lowest. */
  private static Integer irvWinnerWithoutTies(RankedBallots ballots) {
    int n = ballots.candidates().size();
    boolean[] out = new boolean[n];
    while (true) {
      BigDecimal[] votes = new BigDecimal[n];
      java.util.Arrays.fill(votes, BigDecimal.ZERO);
      BigDecimal active = BigDecimal.ZERO;
      for (RankedBallot b : ballots.ballots()) {
        for (int r = 0; r < b.rankCount(); r++) {
          int c = b.at(r)[0];
          if (!out[c]) {
            votes[c] = votes[c].add(b.weight());
            active = active.add(b.weight());
            break;
          }
        }
      }
      int left = 0;
      int lowest = -1;
      boolean tie = false;
      for (int c = 0; c < n; c++) {
        if (out[c]) {
          continue;
        }
        left++;
        if (votes[c].multiply(BigDecimal.valueOf(2)).compareTo(active) > 0) {
          return c;
        }
        if (lowest < 0 || votes[c].compareTo(votes[lowest]) < 0) {
          lowest = c;
          tie = false;
        } else if (votes[c].compareTo(votes[lowest]) == 0) {
          tie = true;
        }
      }
      if (left == 1) {
        return lowest;
      }
      if (tie) {
        return null;
      }
      out[lowest] = true;
    }
  }
}
