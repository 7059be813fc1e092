package org.scrutineer.count.input.belenios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallot;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * Belenios ballots as the ballots every other method counts. A ranked ballot {@code [3,1,0,1]}
 * (choice i's rank, 1 = best, 0 = unranked) becomes ranks {@code [[1,3],[],[0]]}: equal numbers are
 * candidates at one rank (an overvote for IRV/STV, an equal ranking for Schulze), a missing number
 * a skipped rank. A graded ballot keeps its grades (1 = best … G, 0 = not graded).
 */
public final class BeleniosBallotConversion {
  private BeleniosBallotConversion() {}

  /** Every ballot as ranks over {@code candidates}; each must have one entry per candidate, none negative. */
  public static BeleniosInput<RankedBallots> ranked(BeleniosBallots ballots, Candidates candidates) {
    List<String> problems = new ArrayList<>();
    List<RankedBallot> ranked = new ArrayList<>(ballots.size());
    for (int i = 0; i < ballots.size(); i++) {
      long[] ballot = ballots.ballot(i);
      if (!lengthMatches(ballot, i, candidates, problems)) {
        continue;
      }
      TreeMap<Long, List<Integer>> byRank = new TreeMap<>();
      boolean ok = true;
      for (int c = 0; c < ballot.length; c++) {
        if (ballot[c] < 0) {
          problems.add("ballot " + (i + 1) + ": choice " + (c + 1) + " (" + candidates.name(c) + ") has rank " + ballot[c]
              + "; ranks are 1 (best) and up, 0 for unranked");
          ok = false;
        } else if (ballot[c] > 0) {
          byRank.computeIfAbsent(ballot[c], r -> new ArrayList<>()).add(c);
        }
      }
      if (!ok) {
        continue;
      }
      int last = byRank.isEmpty() ? 0 : Math.toIntExact(Math.min(byRank.lastKey(), Integer.MAX_VALUE));
      if (last > 10_000) {
        problems.add("ballot " + (i + 1) + ": rank " + last + " is more ranks than a ballot has; renumber ranks 1, 2, 3 …");
        continue;
      }
      int[][] ranks = new int[last][];
      for (int r = 0; r < last; r++) {
        List<Integer> at = byRank.getOrDefault((long) r + 1, List.of());
        ranks[r] = at.stream().mapToInt(Integer::intValue).toArray();
      }
      ranked.add(new RankedBallot(ranks, BigDecimal.ONE, ""));
    }
    return problems.isEmpty() ? new BeleniosInput.Ok<>(new RankedBallots(candidates, ranked)) : new BeleniosInput.Problems<>(problems);
  }

  /** Every ballot as grades 0…{@code grades} over {@code candidates}, one entry per candidate. */
  public static BeleniosInput<GradedBallots> graded(BeleniosBallots ballots, Candidates candidates, int grades) {
    List<String> problems = new ArrayList<>();
    List<GradedBallot> graded = new ArrayList<>(ballots.size());
    for (int i = 0; i < ballots.size(); i++) {
      long[] ballot = ballots.ballot(i);
      if (!lengthMatches(ballot, i, candidates, problems)) {
        continue;
      }
      int[] g = new int[ballot.length];
      boolean ok = true;
      for (int c = 0; c < ballot.length; c++) {
        if (ballot[c] < 0 || ballot[c] > grades) {
          problems.add("ballot " + (i + 1) + ": choice " + (c + 1) + " (" + candidates.name(c) + ") has grade " + ballot[c]
              + "; grades are 1 (best) to " + grades + ", 0 for not graded");
          ok = false;
        } else {
          g[c] = (int) ballot[c];
        }
      }
      if (ok) {
        graded.add(new GradedBallot(g, BigDecimal.ONE, ""));
      }
    }
    return problems.isEmpty()
        ? new BeleniosInput.Ok<>(new GradedBallots(candidates, grades, graded))
        : new BeleniosInput.Problems<>(problems);
  }

  private static boolean lengthMatches(long[] ballot, int i, Candidates candidates, List<String> problems) {
    if (ballot.length == candidates.size()) {
      return true;
    }
    problems.add("ballot " + (i + 1) + " has " + ballot.length + " entries but the question has " + candidates.size()
        + " choices " + candidates.names() + "; give one entry per choice, in the question's order");
    return false;
  }
}
