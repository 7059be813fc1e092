package org.scrutineer.count.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/** Ballots written as text for assertions: {@code 2×A>B|C>-} (a rank of two, then a skipped rank), {@code @S} a section. */
final class Ballots {
  private Ballots() {}

  static List<String> describe(RankedBallots ballots) {
    List<String> out = new ArrayList<>();
    for (RankedBallot b : ballots.ballots()) {
      StringBuilder s = new StringBuilder(b.weight().toPlainString()).append("×");
      for (int r = 0; r < b.rankCount(); r++) {
        if (r > 0) {
          s.append(">");
        }
        int[] marks = b.at(r);
        if (marks.length == 0) {
          s.append("-");
        }
        s.append(String.join("|", Arrays.stream(marks).mapToObj(ballots.candidates()::name).toList()));
      }
      if (!b.section().isEmpty()) {
        s.append("@").append(b.section());
      }
      out.add(s.toString());
    }
    return out;
  }

  static List<String> messages(Parsed<?> parsed) {
    return parsed.errors().stream().map(InputError::message).toList();
  }
}
