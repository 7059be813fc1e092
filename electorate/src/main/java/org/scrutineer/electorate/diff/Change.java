package org.scrutineer.electorate.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.electorate.evaluation.Rule;
import org.scrutineer.electorate.register.Section;

/**
 * One person whose vote differs between two rulesets: gained (no vote → a section), lost (a section
 * → no vote) or moved (one section → another).
 *
 * @param failedBefore the rules that kept them from voting under the first ruleset (empty if they voted)
 * @param failedAfter the same under the second
 */
public record Change(String personId, String clp, Optional<Section> before, Optional<Section> after, List<Rule> failedBefore, List<Rule> failedAfter) {
  public Change {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(clp, "clp");
    failedBefore = List.copyOf(failedBefore);
    failedAfter = List.copyOf(failedAfter);
    if (before.equals(after)) {
      throw new IllegalArgumentException("not a change: " + personId + " votes as " + before + " in both");
    }
  }

  public Kind kind() {
    if (before.isEmpty()) {
      return Kind.GAINED;
    }
    return after.isEmpty() ? Kind.LOST : Kind.MOVED;
  }

  public enum Kind {
    GAINED,
    LOST,
    MOVED
  }
}
