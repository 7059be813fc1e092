package org.scrutineer.electorate.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Section;

/**
 * What the rules give one person, kept small because a register holds a million of them: the
 * section they vote in (if any), through which record, and the rules they failed. The facts behind
 * it are {@link Evaluator#explain}'s.
 *
 * @param clp where the person is counted in breakdowns
 * @param failed the rules that kept a person without a vote from having one; empty for a voter
 */
public record Decision(String personId, String clp, Optional<Section> section, Optional<RecordKey> votesAs, List<Rule> failed) {
  public Decision {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(clp, "clp");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(votesAs, "votesAs");
    failed = List.copyOf(failed);
    if (section.isPresent() != votesAs.isPresent()) {
      throw new IllegalArgumentException("a voter votes through a record, and only a voter does");
    }
  }

  public boolean eligible() {
    return section.isPresent();
  }
}
