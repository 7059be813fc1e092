package org.scrutineer.electorate.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.scrutineer.electorate.register.RecordKey;

/**
 * One rule applied to one record (or to the person, for exclusions and precedence): whether it
 * passed and the facts that decided it, e.g. "joined 2016-03-04, after the freeze date 2016-01-12".
 */
public record RuleOutcome(Rule rule, Optional<RecordKey> record, boolean passed, String facts) {
  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(facts, "facts");
  }

  @Override
  public String toString() {
    return (passed ? "pass " : "FAIL ") + rule.field() + record.map(key -> " [" + key + "]").orElse("") + ": " + facts;
  }
}
