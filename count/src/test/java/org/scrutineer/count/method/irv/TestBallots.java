package org.scrutineer.count.method.irv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * Ballots written the way a worked example reads: {@code "4: A B C"} is four ballots ranking A, B,
 * C; {@code "_"} is a skipped rank, {@code "A|B"} two candidates at one rank, {@code "2.5: A"} a
 * weight, {@code "members 3: A B"} three ballots of section "members". Candidates are single
 * letters, official order alphabetical unless given.
 */
final class TestBallots {
  private TestBallots() {}

  static RankedBallots of(String candidates, String... lines) {
    List<String> names = List.of(candidates.split(" "));
    Candidates c = Candidates.of(names);
    List<RankedBallot> ballots = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split(":", 2);
      String[] head = parts[0].trim().split(" ");
      String section = head.length == 2 ? head[0] : "";
      BigDecimal weight = new BigDecimal(head[head.length - 1]);
      String marks = parts[1].trim();
      List<int[]> ranks = new ArrayList<>();
      if (!marks.isEmpty()) {
        for (String rank : marks.split(" +")) {
          if (rank.equals("_")) {
            ranks.add(new int[0]);
            continue;
          }
          String[] at = rank.split("\\|");
          int[] indices = new int[at.length];
          for (int i = 0; i < at.length; i++) {
            String name = at[i];
            indices[i] = c.indexOf(name).orElseThrow(() -> new IllegalArgumentException("no candidate " + name));
          }
          ranks.add(indices);
        }
      }
      ballots.add(new RankedBallot(ranks.toArray(int[][]::new), weight, section));
    }
    return new RankedBallots(c, ballots);
  }
}
