package org.scrutineer.contest.report;

import java.util.List;
import org.scrutineer.contest.result.ResultLine;

/**
 * One section's figures, or the total's, as every table shows them: the result line and what the
 * ballot box received.
 *
 * @param label the section key or {@code total}
 */
record Column(String label, ResultLine line, long received, long cast, List<Rejected> rejected) {
  Column {
    rejected = List.copyOf(rejected);
  }

  long rejectedTotal() {
    return rejected.stream().mapToLong(Rejected::ballots).sum();
  }

  /** Cast ballots the tally left out: those of removed voters. */
  long leftOut() {
    return cast - line.ballots();
  }

  /** Ballots superseded by the same voter's later ballot. */
  long superseded() {
    return received - cast;
  }
}
