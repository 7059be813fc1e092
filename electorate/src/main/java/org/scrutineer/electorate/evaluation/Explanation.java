package org.scrutineer.electorate.evaluation;

import java.util.List;
import java.util.Objects;

/** A decision and every rule applied to reach it, in the order applied. */
public record Explanation(Decision decision, List<RuleOutcome> outcomes) {
  public Explanation {
    Objects.requireNonNull(decision, "decision");
    outcomes = List.copyOf(outcomes);
  }
}
