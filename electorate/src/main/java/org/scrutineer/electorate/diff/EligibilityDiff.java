package org.scrutineer.electorate.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.scrutineer.electorate.evaluation.Decision;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.register.Section;

/**
 * Who gains and who loses a vote when the rules change: the shape of the 2016 freeze-date case
 * (Evangelou v McNicol), where moving the date decided whether about 130,000 members who joined
 * after 12 January 2016 could vote. Both evaluations must be of the same register.
 */
public record EligibilityDiff(String before, String after, List<Change> changes) {
  public EligibilityDiff {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    changes = List.copyOf(changes);
  }

  /** Compares two evaluations person by person (both in person-id order, as the evaluator gives them). */
  public static EligibilityDiff between(Evaluation first, Evaluation second) {
    List<Decision> a = first.decisions();
    List<Decision> b = second.decisions();
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("the evaluations are of different registers (" + a.size() + " and " + b.size() + " people)");
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Decision x = a.get(i);
      Decision y = b.get(i);
      if (!x.personId().equals(y.personId())) {
        throw new IllegalArgumentException("the evaluations are of different registers: " + x.personId() + " against " + y.personId());
      }
      if (!x.section().equals(y.section())) {
        changes.add(new Change(x.personId(), x.clp(), x.section(), y.section(), x.failed(), y.failed()));
      }
    }
    return new EligibilityDiff(first.ruleset(), second.ruleset(), changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Per section: votes gained in it (people who vote there only under the second ruleset). */
  public Map<Section, Long> gainedBySection() {
    Map<Section, Long> counts = zeros();
    changes.forEach(change -> change.after().ifPresent(section -> counts.merge(section, 1L, Long::sum)));
    return counts;
  }

  /** Per section: votes lost from it (people who vote there only under the first ruleset). */
  public Map<Section, Long> lostBySection() {
    Map<Section, Long> counts = zeros();
    changes.forEach(change -> change.before().ifPresent(section -> counts.merge(section, 1L, Long::sum)));
    return counts;
  }

  /** Per CLP (code order): net change of voters in each section. */
  public Map<String, Map<Section, Long>> netByClp() {
    Map<String, Map<Section, Long>> counts = new TreeMap<>();
    for (Change change : changes) {
      Map<Section, Long> clp = counts.computeIfAbsent(change.clp(), code -> zeros());
      change.after().ifPresent(section -> clp.merge(section, 1L, Long::sum));
      change.before().ifPresent(section -> clp.merge(section, -1L, Long::sum));
    }
    return counts;
  }

  public long count(Change.Kind kind) {
    return changes.stream().filter(change -> change.kind() == kind).count();
  }

  private static Map<Section, Long> zeros() {
    Map<Section, Long> counts = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      counts.put(section, 0L);
    }
    return counts;
  }
}
