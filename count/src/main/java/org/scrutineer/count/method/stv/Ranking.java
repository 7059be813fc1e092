package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * Orders candidates by votes for the STV methods, breaking an exact tie only where the order decides
 * something (who is excluded, whose surplus goes first, who takes the last seat), always through the
 * count's {@link TieBreaker}, each break recorded.
 */
final class Ranking {
  private final Candidates candidates;
  private final TieBreaker ties;

  Ranking(Candidates candidates, TieBreaker ties) {
    this.candidates = candidates;
    this.ties = ties;
  }

  /** The one of {@code among} with the fewest votes (excluded next); a tie goes to the tie-break. */
  int lowest(List<Integer> among, BigDecimal[] votes, int round, List<BigDecimal[]> history, List<TieBreakRecord> breaks) {
    return extreme(among, votes, round, history, breaks, TieBreaker.Purpose.ELIMINATE);
  }

  /** The one of {@code among} with the most votes (elected or transferred first); a tie goes to the tie-break. */
  int highest(List<Integer> among, BigDecimal[] votes, int round, List<BigDecimal[]> history, List<TieBreakRecord> breaks) {
    return extreme(among, votes, round, history, breaks, TieBreaker.Purpose.ELECT);
  }

  /** All of {@code among}, most votes first, exact ties in the tie-break's order. */
  List<Integer> highestFirst(List<Integer> among, BigDecimal[] votes, int round, List<BigDecimal[]> history,
      List<TieBreakRecord> breaks) {
    List<Integer> left = new ArrayList<>(among);
    List<Integer> ordered = new ArrayList<>();
    while (!left.isEmpty()) {
      int next = highest(left, votes, round, history, breaks);
      ordered.add(next);
      left.remove(Integer.valueOf(next));
    }
    return ordered;
  }

  private int extreme(List<Integer> among, BigDecimal[] votes, int round, List<BigDecimal[]> history,
      List<TieBreakRecord> breaks, TieBreaker.Purpose purpose) {
    if (among.isEmpty()) {
      throw new IllegalArgumentException("no candidate to choose from");
    }
    int sign = purpose == TieBreaker.Purpose.ELECT ? 1 : -1;
    BigDecimal best = null;
    List<Integer> tied = new ArrayList<>();
    for (int c : among) {
      int cmp = best == null ? 1 : votes[c].compareTo(best) * sign;
      if (cmp > 0) {
        best = votes[c];
        tied.clear();
        tied.add(c);
      } else if (cmp == 0) {
        tied.add(c);
      }
    }
    if (tied.size() == 1) {
      return tied.get(0);
    }
    TieBreakRecord record = ties.choose(purpose, round, tied, history);
    breaks.add(record);
    return candidates.indexOf(record.chosen()).orElseThrow();
  }
}
