package org.scrutineer.electorate.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.scrutineer.electorate.register.Section;

/** Every person's decision under one ruleset, in person-id order. */
public record Evaluation(String ruleset, List<Decision> decisions) {
  public Evaluation {
    Objects.requireNonNull(ruleset, "ruleset");
    decisions = List.copyOf(decisions);
  }

  /** Voters per section (every section present, zero if empty). */
  public Map<Section, Long> votersBySection() {
    Map<Section, Long> counts = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      counts.put(section, 0L);
    }
    decisions.forEach(decision -> decision.section().ifPresent(section -> counts.merge(section, 1L, Long::sum)));
    return counts;
  }

  public long ineligible() {
    return decisions.stream().filter(decision -> !decision.eligible()).count();
  }

  /**
   * For each rule, how many of the people without a vote failed it (a person can fail several; a
   * voter who failed a rule on another of their records is not counted: see {@link Decision#failed}).
   */
  public Map<Rule, Long> failuresByRule() {
    Map<Rule, Long> counts = new EnumMap<>(Rule.class);
    decisions.forEach(decision -> decision.failed().forEach(rule -> counts.merge(rule, 1L, Long::sum)));
    return counts;
  }

  /** Voters per CLP and section, CLPs in code order. */
  public Map<String, Map<Section, Long>> votersByClp() {
    Map<String, Map<Section, Long>> counts = new TreeMap<>();
    for (Decision decision : decisions) {
      decision.section().ifPresent(section -> counts.computeIfAbsent(decision.clp(), clp -> new EnumMap<>(Section.class)).merge(section, 1L, Long::sum));
    }
    return counts;
  }
}
