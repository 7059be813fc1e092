package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/** Test ballots written as "40 A B": a count, then one candidate per rank ("A|B" two at one rank, "-" none). */
final class Ballots {
  private Ballots() {}

  static RankedBallots of(List<String> names, String... lines) {
    Candidates candidates = Candidates.of(names);
    List<RankedBallot> ballots = new ArrayList<>();
    for (String line : lines) {
      String[] t = line.trim().split("\\s+");
      int[][] ranks = new int[t.length - 1][];
      for (int r = 1; r < t.length; r++) {
        if (t[r].equals("-")) {
          ranks[r - 1] = new int[0];
          continue;
        }
        String[] marks = t[r].split("\\|");
        ranks[r - 1] = new int[marks.length];
        for (int m = 0; m < marks.length; m++) {
          String mark = marks[m];
          ranks[r - 1][m] = candidates.indexOf(mark).orElseThrow(() -> new IllegalArgumentException("no candidate " + mark));
        }
      }
      ballots.add(new RankedBallot(ranks, new BigDecimal(t[0]), ""));
    }
    return new RankedBallots(candidates, ballots);
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
