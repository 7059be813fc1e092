package org.scrutineer.count.tiebreak;

import java.util.List;
import java.util.Objects;

/**
 * One tie broken: who was tied, who was chosen, and how ({@code how} is a sentence for the report,
 * e.g. "previous round: in round 2 Smith had the fewest votes, 40").
 */
public record TieBreakRecord(TieBreaker.Purpose purpose, List<String> tied, String chosen, String how) {
  public TieBreakRecord {
    Objects.requireNonNull(purpose, "purpose");
    tied = List.copyOf(tied);
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(how, "how");
  }
}
