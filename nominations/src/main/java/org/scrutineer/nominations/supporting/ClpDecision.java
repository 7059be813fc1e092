package org.scrutineer.nominations.supporting;

import java.util.Objects;

/** What became of one CLP nomination, and why. */
public record ClpDecision(ClpNomination nomination, SupportReason reason, String explanation) {
  public ClpDecision {
    Objects.requireNonNull(nomination, "nomination");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }

  public boolean counted() {
    return reason == SupportReason.COUNTED;
  }
}
