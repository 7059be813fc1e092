package org.scrutineer.electorate.register;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision to remove someone's vote (in 2016, for abuse or intimidation of others, or for
 * support of another party), against one of their records; it applies to the person that record
 * is linked to, in every section.
 *
 * @param decidedBy who took the decision (a panel, an officer), for the audit trail
 */
public record Exclusion(RecordKey record, String reason, Instant decidedAt, String decidedBy) {
  public Exclusion {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(decidedBy, "decidedBy");
    if (reason.isBlank() || decidedBy.isBlank()) {
      throw new IllegalArgumentException("an exclusion needs a reason and who decided it");
    }
  }
}
