package org.scrutineer.count.method.irv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * Who is eliminated at the end of a round that elects no one. The rules in RCTab's order
 * (Tabulator.tabulate, "ways to eliminate candidates"), the first that applies decides:
 *
 * <ol>
 *   <li>minimum vote threshold: everyone below {@code --minimum-votes}, together (RCTab 1.x
 *       "minimum vote threshold", checked every round);
 *   <li>batch elimination: the largest group of lowest candidates whose combined votes are fewer
 *       than the next-lowest candidate's, if it holds more than one (RCTab "batch elimination",
 *       {@code runBatchElimination}), since none of them could overtake that candidate;
 *   <li>otherwise the single lowest, a tie broken by {@link TieBreaker} and recorded.
 * </ol>
 *
 * <p>No rule eliminates more than {@code atMost} candidates: a count keeps as many continuing as it
 * needs (one for IRV, two under continue-until-two, the seats for bottoms-up).
 */
final class Elimination {
  private final CountRules rules;
  private final Candidates candidates;
  private final TieBreaker tieBreaker;

  Elimination(CountRules rules, Candidates candidates, TieBreaker tieBreaker) {
    this.rules = rules;
    this.candidates = candidates;
    this.tieBreaker = tieBreaker;
  }

  /**
   * @param pool the candidates who may be eliminated (continuing, not elected)
   * @param atMost how many may go at once (at least 1)
   * @return the eliminated, in the official order
   * @throws IllegalArgumentException if more candidates fall below the minimum vote than may go
   */
  List<Integer> choose(List<Integer> pool, BigDecimal[] totals, int atMost, int round, List<BigDecimal[]> history,
      List<TieBreakRecord> ties) {
    if (rules.minimumVotes().signum() > 0) {
      List<Integer> under = pool.stream().filter(c -> totals[c].compareTo(rules.minimumVotes()) < 0).toList();
      if (under.size() > atMost) {
        throw new IllegalArgumentException("round " + round + ": " + under.size() + " candidates have fewer than the "
            + "minimum vote of " + rules.minimumVotes().toPlainString() + ", but only " + atMost + " may be eliminated "
            + "(lower --minimum-votes)");
      }
      if (!under.isEmpty()) {
        return under;
      }
    }
    if (rules.batchElimination()) {
      List<Integer> batch = batch(pool, totals, atMost);
      if (batch.size() > 1) {
        return batch;
      }
    }
    BigDecimal fewest = pool.stream().map(c -> totals[c]).min(BigDecimal::compareTo).orElseThrow();
    List<Integer> lowest = pool.stream().filter(c -> totals[c].compareTo(fewest) == 0).toList();
    if (lowest.size() == 1) {
      return lowest;
    }
    TieBreakRecord tie = tieBreaker.choose(TieBreaker.Purpose.ELIMINATE, round, lowest, history);
    ties.add(tie);
    return List.of(candidates.indexOf(tie.chosen()).orElseThrow());
  }

  /**
   * The largest set of lowest candidates (whole tally levels, from the bottom) whose combined votes
   * are fewer than the next level's, of at most {@code atMost} candidates.
   */
  private static List<Integer> batch(List<Integer> pool, BigDecimal[] totals, int atMost) {
    TreeMap<BigDecimal, List<Integer>> byTally = new TreeMap<>();
    for (int c : pool) {
      byTally.computeIfAbsent(totals[c], k -> new ArrayList<>()).add(c);
    }
    List<Integer> seen = new ArrayList<>();
    List<Integer> best = List.of();
    BigDecimal running = BigDecimal.ZERO;
    for (var level : byTally.entrySet()) {
      if (!seen.isEmpty() && running.compareTo(level.getKey()) < 0 && seen.size() <= atMost) {
        best = List.copyOf(seen);
      }
      for (int c : level.getValue()) {
        running = running.add(totals[c]);
        seen.add(c);
      }
    }
    return best.stream().sorted().toList();
  }
}
