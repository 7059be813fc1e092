package org.scrutineer.count.method.belenios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * {@code --method stv-belenios}: Belenios 2.0's STV (docs/counting.md, "STV").
 *
 * <ol>
 *   <li>A ballot is valid when it ranks candidates 1, 2, … k with no gap or repeat, the rest
 *       unranked; other ballots are set aside as invalid (no overvote or skipped-rank rules).
 *   <li>Quota: Droop on the valid ballots, floor(n / (seats + 1)) + 1.
 *   <li>Each round, if no more candidates remain than seats, all win. Otherwise the candidate with
 *       most votes (first in question order among equals) wins if it reaches the quota, and each of
 *       its ballots goes on at (votes − quota) / votes of its weight; else the candidate with fewest
 *       votes (last in question order among equals) is eliminated and its ballots go on whole.
 *   <li>Candidates nobody ranks take no part: they are never elected nor eliminated.
 * </ol>
 *
 * {@link #count} computes in exact fractions; {@link #asBeleniosTool} in binary64, as belenios-tool.
 */
public final class BeleniosStv implements RankedCount {

  /** Belenios fixes its rules: the rule options do not apply, except places and rounding for display. */
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("decimal-places", "rounding", "candidates");
  }

  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    if (seats < 1) {
      throw new IllegalArgumentException("--seats must be at least 1, got " + seats);
    }
    Candidates candidates = ballots.candidates();
    List<String> sections = ballots.sections();
    List<StvRun.Paper<Fraction>> papers = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Fraction total = Fraction.ZERO;
    for (RankedBallot ballot : ballots.grouped().ballots()) {
      Optional<String> why = problem(ballot);
      if (why.isPresent()) {
        invalid.add(ballot + ": " + why.get());
        continue;
      }
      int[] preferences = new int[lastRanked(ballot)];
      for (int r = 0; r < preferences.length; r++) {
        preferences[r] = ballot.at(r)[0];
      }
      Fraction weight = Fraction.of(ballot.weight());
      total = total.add(weight);
      // indexOf gives -1, StvRun.NO_SECTION, for a ballot in no section
      papers.add(new StvRun.Paper<>(weight, preferences, sections.indexOf(ballot.section())));
    }
    Fraction quota = StvArithmetic.EXACT.quota(total, seats);
    List<StvRun.Step<Fraction>> steps = new StvRun<>(StvArithmetic.EXACT).run(quota, papers, seats, sections.size());
    List<Round> rounds = new ArrayList<>();
    List<String> winners = new ArrayList<>();
    Map<String, List<SectionRound>> bySection = new LinkedHashMap<>();
    sections.forEach(s -> bySection.put(s, new ArrayList<>()));
    for (StvRun.Step<Fraction> step : steps) {
      rounds.add(round(rounds.size() + 1, step, candidates, total, quota, rules, winners));
      List<SectionRound> shares = sectionRounds(rounds.size(), step, candidates, rules);
      for (int s = 0; s < sections.size(); s++) {
        bySection.get(sections.get(s)).add(shares.get(s));
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("valid", total.toDecimal(rules.decimalPlaces(), rules.rounding().mode()).stripTrailingZeros());
    details.put("invalid", BigDecimal.valueOf(invalid.size()));
    return new CountReport(
        "stv-belenios", seats, Optional.of(new BigDecimal(quota.numerator())), winners, rounds, bySection, rules, details, invalid);
  }

  /**
   * The step's tally split by section: each valid ballot's current value for its current candidate,
   * or in its section's exhausted votes once it ranks no one left. Exact sums; each figure rounded
   * with {@link RoundedShares} so that the sections add up to the round's tally and exhausted votes
   * as shown, not only before rounding.
   */
  private static List<SectionRound> sectionRounds(int number, StvRun.Step<Fraction> step, Candidates candidates, CountRules rules) {
    List<StvRun.Share<Fraction>> shares = step.sections();
    List<Map<String, BigDecimal>> tallies = new ArrayList<>();
    shares.forEach(s -> tallies.add(new LinkedHashMap<>()));
    for (int c : step.scores().keySet()) {
      List<BigDecimal> split = RoundedShares.of(shares.stream().map(s -> s.scores().get(c)).toList(), rules.decimalPlaces(),
          rules.rounding().mode());
      for (int s = 0; s < shares.size(); s++) {
        tallies.get(s).put(candidates.name(c), split.get(s));
      }
    }
    List<BigDecimal> exhausted = RoundedShares.of(shares.stream().map(StvRun.Share::exhausted).toList(), rules.decimalPlaces(),
        rules.rounding().mode());
    List<SectionRound> rounds = new ArrayList<>();
    for (int s = 0; s < shares.size(); s++) {
      rounds.add(new SectionRound(number, tallies.get(s), exhausted.get(s)));
    }
    return rounds;
  }

  private static Round round(
      int number, StvRun.Step<Fraction> step, Candidates candidates, Fraction total, Fraction quota, CountRules rules, List<String> winners) {
    var mode = rules.rounding().mode();
    Map<String, BigDecimal> tally = new LinkedHashMap<>();
    Fraction counted = Fraction.ZERO;
    for (var e : step.scores().entrySet()) {
      tally.put(candidates.name(e.getKey()), e.getValue().toDecimal(rules.decimalPlaces(), mode));
      counted = counted.add(e.getValue());
    }
    List<String> elected = new ArrayList<>();
    List<String> eliminated = new ArrayList<>();
    List<TieBreakRecord> ties = new ArrayList<>();
    for (StvEvent event : step.events()) {
      if (event instanceof StvEvent.Win w) {
        w.choices().forEach(c -> elected.add(candidates.name(c)));
      } else if (event instanceof StvEvent.Lose l) {
        eliminated.add(candidates.name(l.choice()));
      } else if (event instanceof StvEvent.TieWin t) {
        ties.add(new TieBreakRecord(TieBreaker.Purpose.ELECT, names(candidates, t.choices()),
            candidates.name(t.choices().get(0)), "Belenios: equal votes, the first in question order is elected"));
      } else if (event instanceof StvEvent.TieLose t) {
        ties.add(new TieBreakRecord(TieBreaker.Purpose.ELIMINATE, names(candidates, t.choices()),
            candidates.name(t.choices().get(0)), "Belenios: equal votes, the last in question order is eliminated"));
      }
    }
    // exhausted: what counts for no one still in the count, less the quota each earlier winner keeps
    // (a winner's ballots go on at (votes - quota) / votes, so exactly one quota stays with it)
    Fraction kept = quota.multiply(new Fraction(java.math.BigInteger.valueOf(winners.size()), java.math.BigInteger.ONE));
    BigDecimal gone = total.subtract(counted).subtract(kept).toDecimal(rules.decimalPlaces(), mode);
    winners.addAll(elected);
    Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
    if (!step.transfers().isEmpty()) {
      String from = !elected.isEmpty() ? elected.get(0) : eliminated.get(0);
      Map<String, BigDecimal> to = new LinkedHashMap<>();
      step.transfers().forEach((c, votes) -> {
        if (c != StvRun.EXHAUSTED) {
          to.put(candidates.name(c), votes.toDecimal(rules.decimalPlaces(), mode));
        }
      });
      Fraction exhausted = step.transfers().get(StvRun.EXHAUSTED);
      if (exhausted != null) {
        to.put(Round.EXHAUSTED, exhausted.toDecimal(rules.decimalPlaces(), mode));
      }
      transfers.put(from, to);
    }
    return new Round(number, tally, gone, elected, eliminated, transfers, Optional.empty(), ties);
  }

  private static List<String> names(Candidates candidates, List<Integer> indices) {
    return indices.stream().map(candidates::name).toList();
  }

  /** Why Belenios would not count this ballot, if it would not. */
  private static Optional<String> problem(RankedBallot ballot) {
    int last = lastRanked(ballot);
    boolean[] seen = new boolean[1 + maxCandidate(ballot)];
    for (int r = 0; r < last; r++) {
      int[] at = ballot.at(r);
      if (at.length == 0) {
        return Optional.of("rank " + (r + 1) + " is empty; Belenios STV ballots rank 1, 2, 3 … without gaps");
      }
      if (at.length > 1) {
        return Optional.of("rank " + (r + 1) + " holds " + at.length + " candidates; Belenios STV ballots give one candidate per rank");
      }
      if (seen[at[0]]) {
        return Optional.of("candidate " + at[0] + " is ranked twice; Belenios STV ballots rank each candidate once");
      }
      seen[at[0]] = true;
    }
    return Optional.empty();
  }

  private static int maxCandidate(RankedBallot ballot) {
    int max = 0;
    for (int r = 0; r < ballot.rankCount(); r++) {
      for (int c : ballot.at(r)) {
        max = Math.max(max, c);
      }
    }
    return max;
  }

  /** Ranks up to the last one holding a candidate (trailing empty ranks are just an unused ballot's end). */
  private static int lastRanked(RankedBallot ballot) {
    int last = ballot.rankCount();
    while (last > 0 && ballot.at(last - 1).length == 0) {
      last--;
    }
    return last;
  }

  /** belenios-tool 2.0 {@code method stv --nseats seats}: its validity rule, order and binary64 arithmetic. */
  public static BeleniosStvResult asBeleniosTool(BeleniosBallots ballots, long seats) {
    return asBeleniosTool(ballots, seats, StvArithmetic.BINARY64, 1.0);
  }

  /**
   * What belenios-tool would print if it counted in exact fractions: the same validity rule, order
   * and output, only the arithmetic differs (ADR 0008). Where this and {@link #asBeleniosTool(BeleniosBallots,
   * long)} differ, binary64 rounding decided.
   */
  public static BeleniosStvResult exactly(BeleniosBallots ballots, long seats) {
    return asBeleniosTool(ballots, seats, StvArithmetic.EXACT, Fraction.ONE);
  }

  private static <W> BeleniosStvResult asBeleniosTool(BeleniosBallots ballots, long seats, StvArithmetic<W> arithmetic, W one) {
    if (seats < 1) {
      throw new IllegalArgumentException("invalid --nseats parameter");
    }
    List<List<Integer>> valid = new ArrayList<>();
    List<long[]> invalid = new ArrayList<>();
    for (long[] ballot : ballots.all()) {
      Optional<List<Integer>> preferences = preferences(ballot);
      if (preferences.isPresent()) {
        valid.add(preferences.get());
      } else {
        invalid.add(ballot);
      }
    }
    valid.sort(OcamlOrder.LISTS);
    invalid.sort(OcamlOrder.ARRAYS);
    W quota = arithmetic.quota(arithmetic.of(BigDecimal.valueOf(valid.size())), seats);
    List<StvRun.Paper<W>> papers = new ArrayList<>();
    for (List<Integer> p : valid) {
      papers.add(new StvRun.Paper<>(one, p.stream().mapToInt(Integer::intValue).toArray()));
    }
    List<StvEvent> events = new ArrayList<>();
    for (StvRun.Step<W> step : new StvRun<>(arithmetic).run(quota, papers, seats)) {
      events.addAll(step.events());
    }
    List<Integer> winners = new ArrayList<>();
    for (StvEvent e : events) {
      if (e instanceof StvEvent.Win w) {
        winners.addAll(w.choices());
      }
    }
    Optional<String> assertion = Optional.empty();
    if (!valid.isEmpty()) {
      long choices = ballots.ballot(0).length;
      long expected = choices > seats ? seats : choices;
      if (winners.size() != expected) {
        assertion = Optional.of("File \"src/lib/core/stv.ml\", line 179, characters 2-8: Assertion failed"
            + " (belenios-tool 2.0 expects " + expected + " winners, " + winners.size()
            + " elected: some choices are ranked on no valid ballot)");
      }
    }
    return new BeleniosStvResult(valid, invalid, events, winners, assertion);
  }

  /**
   * Belenios {@code Stv.process}: the choices ranked 1, 2, 3 … in turn (the first choice holding
   * each rank) until a rank is missing; valid if every other choice is 0 (unranked).
   */
  static Optional<List<Integer>> preferences(long[] ballot) {
    boolean[] used = new boolean[ballot.length];
    List<Integer> preferences = new ArrayList<>();
    for (long rank = 1; ; rank++) {
      int found = -1;
      for (int i = 0; i < ballot.length && found < 0; i++) {
        if (ballot[i] == rank) {
          found = i;
        }
      }
      if (found < 0) {
        break;
      }
      used[found] = true;
      preferences.add(found);
    }
    for (int i = 0; i < ballot.length; i++) {
      if (!used[i] && ballot[i] != 0) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(preferences));
  }

  /** OCaml's polymorphic {@code compare} on int lists (lexicographic) and int arrays (length first). */
  static final class OcamlOrder {
    static final Comparator<List<Integer>> LISTS =
        (a, b) -> {
          for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
              return c;
            }
          }
          return Integer.compare(a.size(), b.size());
        };

    static final Comparator<long[]> ARRAYS =
        (a, b) -> {
          if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
          }
          for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        };

    private OcamlOrder() {}
  }
}
