package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.preference.NextPreference;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * STV by Meek's method ({@code --method stv-meek}; docs/counting.md), as Hill, Wichmann and
 * Woodall's Algorithm 123 (The Computer Journal 30(3), 1987) and its revision by Hill (Voting
 * matters 22, 2006) that the New Zealand method (Local Electoral Regulations 2001, Schedule 1A)
 * follows.
 *
 * <p>Every candidate has a keep value: 1 while hopeful, 0 once excluded, and for an elected
 * candidate the fraction of each vote reaching them that they keep. Each ballot gives each candidate
 * it reaches, in order, its remaining value × their keep value, and passes the rest on; what passes
 * beyond its last preference is the excess. The quota is (valid votes − excess) ÷ (seats + 1),
 * truncated to the decimal places, plus one unit at the last place (Schedule 1A clause 5); each
 * iteration recomputes it and sets every elected candidate's keep value to keep × quota ÷ votes. A
 * round is one exclusion (or the first count) followed by iterating until the elected candidates'
 * total surplus is at most {@link #SURPLUS_LIMIT} or stops falling.
 *
 * <p>Arithmetic: {@code --decimal-places} (default 9, as Schedule 1A); each credit and each keep value
 * is rounded up at the last place (RoundingMode.UP), so that no candidate is credited less than their
 * share and rounding only ever adds to what passes on; {@code --rounding} does not apply. Votes are
 * conserved exactly: tallies + exhausted (the excess, and ballots with no usable first preference) =
 * the ballots counted. Each round reports its quota ({@code Round.quota}) and the keep values it
 * converged to ({@code details.keepValues}, one map per round). A round's {@code transfers} are, for
 * the candidate excluded at its end, the net change of every tally (and of the excess) in the next
 * round: under Meek an exclusion moves their votes and, through the new quota and keep values, some
 * of everyone else's.
 */
public final class MeekStv implements RankedCount {
  /** The {@code --method} name. */
  public static final String METHOD = "stv-meek";

  /** Iteration stops once the elected candidates' total surplus is at most this (Algorithm 123's 0.00001). */
  static final BigDecimal SURPLUS_LIMIT = new BigDecimal("0.00001");

  /** A bound per round no real count reaches: Meek's iteration converges geometrically. */
  private static final int MAX_ITERATIONS = 100_000;

  /**
   * 9 decimal places (Schedule 1A), the quota with one unit added at the last place, ties by earlier
   * rounds then a draw (Schedule 1A breaks them by earlier counts, then by lot).
   */
  @Override
  public CountRules defaults() {
    return CountRules.defaults().withDecimalPlaces(9).withThreshold(Threshold.DROOP_FRACTIONAL)
        .withTieBreak(new TieBreak.PreviousRoundThenRandom(0));
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "threshold", "decimal-places", "candidates");
  }

  @Override
  public CountReport count(RankedBallots input, int seats, CountRules rules) {
    Candidates candidates = input.candidates();
    Seats.check(CountMethod.STV_MEEK, seats, candidates.size());
    return new Count(input, seats, rules).run();
  }

  private static final class Count {
    private final Candidates candidates;
    private final int seats;
    private final CountRules rules;
    private final int places;
    private final NextPreference next;
    private final Ranking ranking;
    private final RoundLog log;
    private final Standing[] standing;
    private final BigDecimal[] keep;
    private final List<RankedBallot> ballots;
    /** Per ballot group, the candidates it reaches in order (excluded ones passed over). */
    private final int[][] chains;
    private final List<Integer> winners = new ArrayList<>();
    private final List<Map<String, BigDecimal>> keepByRound = new ArrayList<>();
    private BigDecimal valid = BigDecimal.ZERO;
    private BigDecimal unusable = BigDecimal.ZERO;
    private BigDecimal quota;
    private int iterations;

    Count(RankedBallots input, int seats, CountRules rules) {
      RankedBallots grouped = input.grouped();
      this.candidates = input.candidates();
      this.seats = seats;
      this.rules = rules;
      this.places = rules.decimalPlaces();
      this.next = new NextPreference(rules);
      this.ranking = new Ranking(candidates, new TieBreaker(rules.tieBreak(), candidates));
      this.log = new RoundLog(candidates, grouped.sections());
      this.standing = new Standing[candidates.size()];
      Arrays.fill(standing, Standing.HOPEFUL);
      this.keep = new BigDecimal[candidates.size()];
      Arrays.fill(keep, BigDecimal.ONE);
      this.ballots = grouped.ballots();
      this.chains = new int[ballots.size()][];
      rebuildChains();
      for (int g = 0; g < chains.length; g++) {
        if (chains[g].length == 0) {
          unusable = unusable.add(ballots.get(g).weight());
        } else {
          valid = valid.add(ballots.get(g).weight());
        }
      }
    }

    /** What every round records, held until the next round's tally gives its transfers. */
    private record Pending(BigDecimal[] totals, BigDecimal exhausted, TallySheet sheet, IntPredicate shown,
        List<Integer> elected, List<Integer> eliminated, BigDecimal quota, List<TieBreakRecord> breaks) {}

    CountReport run() {
      Pending pending = null;
      while (true) {
        int round = log.next() + (pending == null ? 0 : 1);
        Standing[] before = standing.clone();
        List<TieBreakRecord> breaks = new ArrayList<>();
        List<Integer> elected = new ArrayList<>();
        List<BigDecimal[]> history = new ArrayList<>(log.history());
        if (pending != null) {
          history.add(pending.totals());
        }
        TallySheet sheet = converge(round, history, elected, breaks);
        BigDecimal[] totals = sheet.totals();
        Map<String, BigDecimal> converged = keepValues(before);
        if (pending != null) {
          record(pending, netChange(pending, totals, sheet.exhausted()));
        }
        List<Integer> eliminated = new ArrayList<>();
        List<Integer> hopefuls = hopefuls();
        boolean done = winners.size() == seats;
        if (!done && winners.size() + hopefuls.size() <= seats) {
          // Schedule 1A clause 3: successful and hopeful candidates as many as the vacancies: all elected.
          for (int c : ranking.highestFirst(hopefuls, totals, round, log.history(), breaks)) {
            elect(c, elected);
          }
          done = true;
        }
        if (!done) {
          int c = ranking.lowest(hopefuls, totals, round, log.history(), breaks);
          standing[c] = Standing.EXCLUDED;
          keep[c] = BigDecimal.ZERO;
          eliminated.add(c);
          rebuildChains();
        }
        keepByRound.add(converged);
        pending = new Pending(totals, sheet.exhausted(), sheet, c -> before[c] != Standing.EXCLUDED, elected,
            eliminated, quota, breaks);
        if (done) {
          record(pending, Map.of());
          break;
        }
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("validVotes", valid);
      details.put("keepValues", List.copyOf(keepByRound));
      details.put("iterations", iterations);
      List<String> invalid = new ArrayList<>();
      if (unusable.signum() > 0) {
        invalid.add(unusable.toPlainString() + " ballot(s) give no first preference the count can use: not valid "
            + "(Schedule 1A clause 5, v counts valid voting documents), shown as exhausted");
      }
      List<String> names = new ArrayList<>();
      winners.forEach(c -> names.add(candidates.name(c)));
      return new CountReport(METHOD, seats, Optional.empty(), names, log.rounds(), log.sections(), rules, details,
          invalid);
    }

    /**
     * Distributes, electing every hopeful who reaches the quota, and updates keep values until the
     * surplus is within the limit or stops falling (or every seat is filled).
     */
    private TallySheet converge(int round, List<BigDecimal[]> history, List<Integer> elected, List<TieBreakRecord> breaks) {
      BigDecimal lastSurplus = null;
      for (int pass = 1; ; pass++) {
        iterations++;
        TallySheet sheet = distribute();
        BigDecimal[] votes = sheet.totals();
        BigDecimal excess = sheet.exhausted().subtract(unusable);
        quota = Quota.of(rules.threshold(), valid.subtract(excess), seats, places);
        List<Integer> reached = new ArrayList<>();
        for (int c : hopefuls()) {
          if (votes[c].compareTo(quota) >= 0) {
            reached.add(c);
          }
        }
        if (!reached.isEmpty()) {
          for (int c : ranking.highestFirst(reached, votes, round, history, breaks)) {
            if (winners.size() < seats) {
              elect(c, elected);
            }
          }
        }
        if (winners.size() == seats) {
          return sheet;
        }
        BigDecimal surplus = BigDecimal.ZERO;
        for (int c = 0; c < votes.length; c++) {
          if (standing[c] == Standing.ELECTED) {
            surplus = surplus.add(votes[c].subtract(quota).max(BigDecimal.ZERO));
          }
        }
        boolean settled = reached.isEmpty()
            && (surplus.compareTo(SURPLUS_LIMIT) <= 0 || (lastSurplus != null && surplus.compareTo(lastSurplus) >= 0));
        if (settled || pass >= MAX_ITERATIONS) {
          return sheet;
        }
        lastSurplus = reached.isEmpty() ? surplus : null;
        for (int c = 0; c < votes.length; c++) {
          if (standing[c] == Standing.ELECTED && votes[c].signum() > 0) {
            // Algorithm 123 step 3: k ← k × q ÷ v, rounded up.
            keep[c] = keep[c].multiply(quota).divide(votes[c], places, RoundingMode.UP).min(BigDecimal.ONE);
          }
        }
      }
    }

    /** One pass over the ballots at the current keep values. */
    private TallySheet distribute() {
      TallySheet sheet = log.newSheet();
      for (int g = 0; g < chains.length; g++) {
        RankedBallot ballot = ballots.get(g);
        BigDecimal weight = ballot.weight();
        BigDecimal remaining = BigDecimal.ONE;
        for (int c : chains[g]) {
          if (remaining.signum() == 0) {
            break;
          }
          BigDecimal credit = remaining.multiply(keep[c]).setScale(places, RoundingMode.UP).min(remaining);
          sheet.add(ballot.section(), c, weight.multiply(credit));
          remaining = remaining.subtract(credit);
        }
        if (remaining.signum() > 0) {
          sheet.addExhausted(ballot.section(), weight.multiply(remaining));
        }
      }
      return sheet;
    }

    private void rebuildChains() {
      IntPredicate in = c -> standing[c] != Standing.EXCLUDED;
      for (int g = 0; g < chains.length; g++) {
        RankedBallot ballot = ballots.get(g);
        List<Integer> chain = new ArrayList<>();
        NextPreference.Found found = next.find(ballot, 0, in);
        while (!found.exhausted()) {
          chain.add(found.candidate());
          found = next.find(ballot, found.rank() + 1, in);
        }
        chains[g] = chain.stream().mapToInt(Integer::intValue).toArray();
      }
    }

    private Map<String, Map<String, BigDecimal>> netChange(Pending pending, BigDecimal[] totals, BigDecimal exhausted) {
      if (pending.eliminated().isEmpty()) {
        return Map.of();
      }
      Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
      int from = pending.eliminated().get(0);
      for (int c = 0; c < totals.length; c++) {
        if (c != from && standing[c] != Standing.EXCLUDED) {
          RoundLog.credit(transfers, candidates, from, c, totals[c].subtract(pending.totals()[c]));
        }
      }
      RoundLog.credit(transfers, candidates, from, -1, exhausted.subtract(pending.exhausted()));
      return transfers;
    }

    private void record(Pending p, Map<String, Map<String, BigDecimal>> transfers) {
      log.record(p.totals(), p.exhausted(), p.sheet(), p.shown(), p.elected(), p.eliminated(), transfers,
          Optional.of(p.quota()), p.breaks());
    }

    private Map<String, BigDecimal> keepValues(Standing[] shownStanding) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      for (int c = 0; c < keep.length; c++) {
        if (shownStanding[c] != Standing.EXCLUDED) {
          values.put(candidates.name(c), keep[c]);
        }
      }
      return values;
    }

    private List<Integer> hopefuls() {
      List<Integer> h = new ArrayList<>();
      for (int c = 0; c < standing.length; c++) {
        if (standing[c] == Standing.HOPEFUL) {
          h.add(c);
        }
      }
      return h;
    }

    private void elect(int c, List<Integer> elected) {
      standing[c] = Standing.ELECTED;
      winners.add(c);
      elected.add(c);
    }
  }
}
