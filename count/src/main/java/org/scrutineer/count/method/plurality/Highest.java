package org.scrutineer.count.method.plurality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * The N candidates with the most votes, in order of votes, for the single-round methods. A tie
 * matters only where it straddles the last seat: those tied candidates go to the {@link TieBreaker}
 * (one draw per remaining seat, each recorded); ties wholly inside or outside the winners are ordered
 * by the official candidate order and need no record.
 */
final class Highest {
  record Choice(List<Integer> winners, List<TieBreakRecord> tieBreaks) {}

  private Highest() {}

  static Choice choose(BigDecimal[] votes, int seats, Candidates candidates, TieBreaker tieBreaker) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < votes.length; c++) {
      order.add(c);
    }
    // Most votes first; equal votes in official order (a stable sort keeps it).
    order.sort((a, b) -> votes[b].compareTo(votes[a]));
    List<Integer> winners = new ArrayList<>(order.subList(0, seats));
    List<TieBreakRecord> ties = new ArrayList<>();
    if (seats < order.size()) {
      BigDecimal boundary = votes[order.get(seats - 1)];
      if (votes[order.get(seats)].compareTo(boundary) == 0) {
        List<Integer> tied = new ArrayList<>();
        for (int c : order) {
          if (votes[c].compareTo(boundary) == 0) {
            tied.add(c);
          }
        }
        winners.removeIf(tied::contains);
        List<Integer> left = new ArrayList<>(tied);
        while (winners.size() < seats) {
          TieBreakRecord record = tieBreaker.choose(TieBreaker.Purpose.ELECT, 1, left, List.of());
          ties.add(record);
          int chosen = candidates.indexOf(record.chosen()).orElseThrow();
          winners.add(chosen);
          left.remove(Integer.valueOf(chosen));
        }
      }
    }
    return new Choice(winners, ties);
  }
}
