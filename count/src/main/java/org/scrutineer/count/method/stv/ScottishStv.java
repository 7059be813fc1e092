package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Rounding;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * STV by the Weighted Inclusive Gregory Method, exactly as the Scottish Local Government Elections
 * Order 2007 (SSI 2007/42), Schedule 1, rules 45–52, count council wards ({@code --method
 * stv-scottish}; docs/counting.md).
 *
 * <p>One round is one "stage of the count" (art. 2): the first preferences, then one surplus
 * transfer or one exclusion per stage. Each round's {@code transfers} are the papers moved at the end
 * of it. A candidate whose surplus has been transferred is shown at the quota: the surplus has left
 * them (rule 48); what truncating transfer values to five places kept back from the transfer (rule
 * 48(3), "any remainder being ignored") is reported per round as {@code details.roundingLoss}, so that
 * tallies + exhausted + rounding loss = the ballots counted, exactly. By section, such a candidate
 * shows what their papers kept, which includes their share of that loss.
 */
public final class ScottishStv implements RankedCount {
  /** The {@code --method} name. */
  public static final String METHOD = "stv-scottish";

  /**
   * The Order's rules as rule options: five decimal places truncated (rule 48(3)); the Droop quota
   * (rule 46); ties by earlier stages, then lot (rules 49(2)–(3), 51(2)), the lot a reproducible draw
   * (seed 0 unless {@code --tiebreak previous-round-then-random:SEED} sets the returning officer's);
   * a paper's "next available preference" is the next in consecutive order (art. 2), so a skipped
   * number ends it (0 skipped ranks allowed) and so does a number given twice (overvote exhausts); a
   * later mark for a candidate already passed is ignored.
   */
  @Override
  public CountRules defaults() {
    return CountRules.defaults()
        .withDecimalPlaces(5)
        .withRounding(Rounding.TRUNCATE)
        .withThreshold(Threshold.DROOP)
        .withTieBreak(new TieBreak.PreviousRoundThenRandom(0))
        .withOvervote(Overvote.EXHAUST)
        .withMaxSkippedRanks(OptionalInt.of(0))
        .withDuplicate(DuplicateCandidate.SKIP);
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "threshold", "decimal-places", "rounding", "candidates");
  }

  @Override
  public CountReport count(RankedBallots input, int seats, CountRules rules) {
    Candidates candidates = input.candidates();
    Seats.check(CountMethod.STV_SCOTTISH, seats, candidates.size());
    return new Count(input, seats, rules).run();
  }

  /** One count's working state (rules 45–52 in order). */
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
    private final boolean[] surplusTransferred;
    private final List<Integer> winners = new ArrayList<>();
    private final List<BigDecimal> lossByRound = new ArrayList<>();
    private BigDecimal loss = BigDecimal.ZERO;
    private BigDecimal quota;

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
      this.surplusTransferred = new boolean[candidates.size()];
      this.pile = new Pile(ballots, new NextPreference(rules), continuing);
    }

    CountReport run() {
      // Rules 45(3), 46: the quota from the valid papers (those with a first preference).
      BigDecimal valid = BigDecimal.ZERO;
      BigDecimal unusable = BigDecimal.ZERO;
      for (Parcel p : pile.parcels()) {
        if (p.exhausted()) {
          unusable = unusable.add(p.votes());
        } else {
          valid = valid.add(p.votes());
        }
      }
      quota = Quota.of(rules.threshold(), valid, seats, rules.decimalPlaces());
      while (true) {
        int round = log.next();
        TallySheet sheet = pile.tally(log.newSheet());
        BigDecimal[] totals = sheet.totals();
        for (int c = 0; c < totals.length; c++) {
          if (surplusTransferred[c]) {
            totals[c] = quota;
          }
        }
        Standing[] before = standing.clone();
        IntPredicate shown = c -> before[c] != Standing.EXCLUDED;
        List<TieBreakRecord> breaks = new ArrayList<>();
        List<Integer> elected = new ArrayList<>();
        List<Integer> eliminated = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
        lossByRound.add(loss);

        // Rule 47(1): a candidate at or above the quota is deemed elected.
        List<Integer> reached = new ArrayList<>();
        for (int c : Standing.hopefuls(standing)) {
          if (totals[c].compareTo(quota) >= 0) {
            reached.add(c);
          }
        }
        for (int c : ranking.highestFirst(reached, totals, round, log.history(), breaks)) {
          if (winners.size() < seats) {
            elect(c, elected);
          }
        }
        List<Integer> hopefuls = Standing.hopefuls(standing);
        int vacancies = seats - winners.size();
        if (vacancies > 0 && hopefuls.size() <= vacancies) {
          // Rule 52: as many continuing candidates as vacancies: all deemed elected, no further transfer.
          for (int c : ranking.highestFirst(hopefuls, totals, round, log.history(), breaks)) {
            elect(c, elected);
          }
          vacancies = 0;
        }
        if (vacancies > 0) {
          List<Integer> withSurplus = new ArrayList<>();
          for (int c = 0; c < standing.length; c++) {
            if (standing[c] == Standing.ELECTED && !surplusTransferred[c] && totals[c].compareTo(quota) > 0) {
              withSurplus.add(c);
            }
          }
          if (!withSurplus.isEmpty()) {
            // Rule 49(1): the highest surplus first; 49(2)-(3): equal surpluses by earlier stages, then lot.
            int c = ranking.highest(withSurplus, totals, round, log.history(), breaks);
            transferSurplus(c, totals[c], transfers);
          } else {
            // Rule 50(1): exclude the candidate with the then lowest number of votes; rule 51: ties.
            int c = ranking.lowest(hopefuls, totals, round, log.history(), breaks);
            exclude(c, transfers);
            eliminated.add(c);
          }
        }
        log.record(totals, sheet.exhausted(), sheet, shown, elected, eliminated, transfers, Optional.empty(), breaks);
        if (vacancies == 0) {
          break;
        }
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("validVotes", valid);
      details.put("roundingLoss", List.copyOf(lossByRound));
      List<String> invalid = new ArrayList<>();
      if (unusable.signum() > 0) {
        invalid.add(unusable.toPlainString() + " ballot(s) give no first preference the count can use (blank, or the "
            + "first number missing or given twice): not valid papers (rule 45(3)), shown as exhausted from round 1");
      }
      List<String> names = new ArrayList<>();
      winners.forEach(c -> names.add(candidates.name(c)));
      return new CountReport(METHOD, seats, Optional.of(quota), names, log.rounds(), log.sections(), rules, details,
          invalid);
    }



    private void elect(int c, List<Integer> elected) {
      standing[c] = Standing.ELECTED;
      winners.add(c);
      elected.add(c);
    }

    /**
     * Rule 48: every paper {@code c} holds moves to its next available preference (or to the
     * non-transferable parcel) with transfer value surplus × its value ÷ c's total, to five places,
     * any remainder ignored.
     */
    private void transferSurplus(int c, BigDecimal total, Map<String, Map<String, BigDecimal>> transfers) {
      BigDecimal surplus = total.subtract(quota);
      BigDecimal moved = BigDecimal.ZERO;
      for (Parcel p : pile.parcels()) {
        if (p.holder != c) {
          continue;
        }
        BigDecimal transferValue = precision.divide(surplus.multiply(p.value), total);
        BigDecimal weight = p.ballot.weight();
        pile.keep(p, c, weight.multiply(p.value.subtract(transferValue)));
        p.value = transferValue;
        pile.moveOn(p);
        BigDecimal votes = weight.multiply(transferValue);
        moved = moved.add(votes);
        RoundLog.credit(transfers, candidates, c, p.holder, votes);
      }
      loss = loss.add(surplus.subtract(moved));
      surplusTransferred[c] = true;
    }

    /** Rule 50(2)-(4): the excluded candidate's papers move on at the value each was received at. */
    private void exclude(int c, Map<String, Map<String, BigDecimal>> transfers) {
      standing[c] = Standing.EXCLUDED;
      for (Parcel p : pile.parcels()) {
        if (p.holder == c) {
          pile.moveOn(p);
          RoundLog.credit(transfers, candidates, c, p.holder, p.votes());
        }
      }
    }

  }
}
