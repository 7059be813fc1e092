package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.scrutineer.count.arithmetic.Precision;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.preference.NextPreference;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.Rounding;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * Fractional-surplus STV as RCTab (BrightSpots/rcv, {@code Tabulator.java}) tabulates a multi-winner
 * contest ({@code --method stv}; docs/counting.md).
 *
 * <p>Each round either elects or eliminates, never both. The threshold is fixed from the first
 * round's active votes. A winner's surplus fraction is (votes − threshold) ÷ votes, cut to the
 * decimal places; each of their ballots moves on, in the next round, carrying its value × that
 * fraction (cut again), and leaves the rest with the winner. From the round after their election a
 * winner is shown at the threshold; what the cuts left above it is RCTab's "residual surplus",
 * reported cumulatively per round as {@code details.residualSurplus}. When the last seat is filled
 * one more round is tabulated, as RCTab does, in which the winners' surpluses go nowhere ("final
 * round surplus", {@code details.finalRoundSurplus}). Tallies + exhausted + residual + final round
 * surplus = the ballots counted, exactly.
 */
public final class FractionalStv implements RankedCount {
  /** The {@code --method} name. */
  public static final String METHOD = "stv";

  /**
   * RCTab's defaults where it has one (CountRules.defaults: overvotes exhaust, repeated candidates
   * skipped, previous-round tie-breaks, 4 decimal places truncated, whole Droop threshold), several
   * winners per round allowed ("multiWinnerAllowMultipleWinnersPerRound").
   */
  @Override
  public CountRules defaults() {
    return CountRules.defaults().withRounding(Rounding.TRUNCATE);
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "batch-elimination", "one-winner-per-round", "minimum-votes", "threshold", "decimal-places", "rounding", "candidates");
  }

  @Override
  public CountReport count(RankedBallots input, int seats, CountRules rules) {
    Candidates candidates = input.candidates();
    Seats.check(CountMethod.STV, seats, candidates.size());
    return new Count(input, seats, rules).run();
  }

  private static final class Count {
    private final Candidates candidates;
    private final int seats;
    private final CountRules rules;
    private final Precision precision;
    private final Ranking ranking;
    private final RoundLog log;
    private final Standing[] standing;
    private final IntPredicate continuing;
    private final Pile pile;
    private final boolean[] atThreshold;
    private final List<Integer> winners = new ArrayList<>();
    private final List<BigDecimal> residualByRound = new ArrayList<>();
    private BigDecimal residual = BigDecimal.ZERO;
    private BigDecimal threshold;

    Count(RankedBallots input, int seats, CountRules rules) {
      RankedBallots ballots = input.grouped();
      this.candidates = input.candidates();
      this.seats = seats;
      this.rules = rules;
      this.precision = new Precision(rules.decimalPlaces(), rules.rounding());
      this.ranking = new Ranking(candidates, new TieBreaker(rules.tieBreak(), candidates));
      this.log = new RoundLog(candidates, ballots.sections());
      this.standing = new Standing[candidates.size()];
      Arrays.fill(standing, Standing.HOPEFUL);
      this.continuing = c -> standing[c] == Standing.HOPEFUL;
      this.atThreshold = new boolean[candidates.size()];
      this.pile = new Pile(ballots, new NextPreference(rules), continuing);
    }

    CountReport run() {
      BigDecimal finalSurplus = BigDecimal.ZERO;
      while (true) {
        int round = log.next();
        TallySheet sheet = pile.tally(log.newSheet());
        BigDecimal[] totals = sheet.totals();
        if (round == 1) {
          // RCTab: a multi-seat threshold is computed once, from the first round's active ballots.
          BigDecimal active = BigDecimal.ZERO;
          for (BigDecimal v : totals) {
            active = active.add(v);
          }
          threshold = Quota.of(rules.threshold(), active, seats, rules.decimalPlaces());
        }
        for (int c = 0; c < totals.length; c++) {
          if (atThreshold[c]) {
            totals[c] = threshold;
          }
        }
        residualByRound.add(residual);
        Standing[] before = standing.clone();
        IntPredicate shown = c -> before[c] != Standing.EXCLUDED;
        List<TieBreakRecord> breaks = new ArrayList<>();
        List<Integer> elected = new ArrayList<>();
        List<Integer> eliminated = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
        boolean finalRound = winners.size() == seats;
        if (!finalRound) {
          List<Integer> hopefuls = Standing.hopefuls(standing);
          int unfilled = seats - winners.size();
          List<Integer> chosen;
          if (hopefuls.size() <= unfilled) {
            // RCTab: "as many or fewer continuing candidates than seats to fill, everyone wins".
            chosen = ranking.highestFirst(hopefuls, totals, round, log.history(), breaks);
          } else {
            List<Integer> reached = new ArrayList<>();
            for (int c : hopefuls) {
              if (totals[c].compareTo(threshold) >= 0) {
                reached.add(c);
              }
            }
            if (rules.oneWinnerPerRound() && reached.size() > 1) {
              // "multiWinnerAllowOnlyOneWinnerPerRound": the top vote-getter now, the others later.
              chosen = List.of(ranking.highest(reached, totals, round, log.history(), breaks));
            } else {
              chosen = ranking.highestFirst(reached, totals, round, log.history(), breaks);
            }
            if (chosen.size() > unfilled) {
              chosen = chosen.subList(0, unfilled);
            }
          }
          if (!chosen.isEmpty()) {
            for (int c : chosen) {
              standing[c] = Standing.ELECTED;
              winners.add(c);
              elected.add(c);
            }
            boolean last = winners.size() == seats;
            for (int c : chosen) {
              transferSurplus(c, totals[c], last, transfers);
            }
          } else {
            eliminated.addAll(toEliminate(hopefuls, totals, unfilled, round, breaks));
            for (int c : eliminated) {
              standing[c] = Standing.EXCLUDED;
            }
            for (int c : eliminated) {
              for (Parcel p : pile.parcels()) {
                if (p.holder == c) {
                  pile.moveOn(p);
                  RoundLog.credit(transfers, candidates, c, p.holder, p.votes());
                }
              }
            }
          }
        } else {
          for (Parcel p : pile.parcels()) {
            if (p.holder == Pile.SET_ASIDE) {
              finalSurplus = finalSurplus.add(p.votes());
            }
          }
        }
        log.record(totals, sheet.exhausted(), sheet, shown, elected, eliminated, transfers, Optional.empty(), breaks);
        if (finalRound) {
          break;
        }
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("residualSurplus", List.copyOf(residualByRound));
      details.put("finalRoundSurplus", finalSurplus);
      List<String> names = new ArrayList<>();
      winners.forEach(c -> names.add(candidates.name(c)));
      return new CountReport(METHOD, seats, Optional.of(threshold), names, log.rounds(), log.sections(), rules,
          details, List.of());
    }

    /**
     * RCTab's order: candidates under the minimum vote threshold together; else, with batch
     * elimination, every candidate of the lowest group whose combined votes are below the next
     * candidate's (only if that is more than one); else the lowest, ties broken.
     */
    private List<Integer> toEliminate(List<Integer> hopefuls, BigDecimal[] totals, int unfilled, int round,
        List<TieBreakRecord> breaks) {
      int spare = hopefuls.size() - unfilled;
      if (rules.minimumVotes().signum() > 0) {
        List<Integer> under = new ArrayList<>();
        for (int c : hopefuls) {
          if (totals[c].compareTo(rules.minimumVotes()) < 0) {
            under.add(c);
          }
        }
        if (!under.isEmpty() && under.size() <= spare) {
          return under;
        }
      }
      if (rules.batchElimination()) {
        List<Integer> ascending = new ArrayList<>(hopefuls);
        ascending.sort(Comparator.comparing(c -> totals[c]));
        BigDecimal running = BigDecimal.ZERO;
        int batch = 0;
        for (int i = 0; i < ascending.size() - 1; i++) {
          running = running.add(totals[ascending.get(i)]);
          BigDecimal nextVotes = totals[ascending.get(i + 1)];
          if (running.compareTo(nextVotes) < 0 && totals[ascending.get(i)].compareTo(nextVotes) < 0) {
            batch = i + 1;
          }
        }
        batch = Math.min(batch, spare);
        if (batch > 1) {
          return List.copyOf(ascending.subList(0, batch));
        }
      }
      return List.of(ranking.lowest(hopefuls, totals, round, log.history(), breaks));
    }

    /**
     * RCTab {@code CastVoteRecord.recordCurrentRecipientAsWinner}: each ballot transfers its value ×
     * the surplus fraction, rounded down "to ensure we leave more of the vote with the winner".
     */
    private void transferSurplus(int c, BigDecimal votes, boolean last, Map<String, Map<String, BigDecimal>> transfers) {
      BigDecimal extra = votes.subtract(threshold);
      BigDecimal fraction = extra.signum() > 0 ? precision.divide(extra, votes) : BigDecimal.ZERO;
      BigDecimal keptTotal = BigDecimal.ZERO;
      for (Parcel p : pile.parcels()) {
        if (p.holder != c) {
          continue;
        }
        BigDecimal moving = precision.multiply(p.value, fraction);
        BigDecimal stays = p.ballot.weight().multiply(p.value.subtract(moving));
        pile.keep(p, c, stays);
        keptTotal = keptTotal.add(stays);
        p.value = moving;
        if (last) {
          p.holder = Pile.SET_ASIDE;
        } else {
          pile.moveOn(p);
          RoundLog.credit(transfers, candidates, c, p.holder, p.votes());
        }
      }
      // RCTab updateWinnerTallies: only a winner left above the threshold is set to it (the rest is
      // residual surplus); one elected below it (as the last continuing candidates) keeps their votes.
      if (keptTotal.compareTo(threshold) > 0) {
        residual = residual.add(keptTotal.subtract(threshold));
        atThreshold[c] = true;
      }
    }



  }
}
