package org.scrutineer.contest.result;

import java.util.List;
import java.util.Objects;

/** The published result: one line per section, in the sections' order, and their total. */
public record ContestResult(List<ResultLine> sections, ResultLine total) {
  public ContestResult {
    sections = List.copyOf(sections);
    Objects.requireNonNull(total, "total");
  }
}
