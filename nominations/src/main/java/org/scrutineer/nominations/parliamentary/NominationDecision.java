package org.scrutineer.nominations.parliamentary;

import java.util.Objects;

/**
 * What became of one nomination, and why in words a reader can check against the input, e.g.
 * {@code made at 2016-07-21T09:00:00+01:00, after nominations closed at 2016-07-20T17:00:00+01:00}.
 */
public record NominationDecision(Nomination nomination, NominationReason reason, String explanation) {
  public NominationDecision {
    Objects.requireNonNull(nomination, "nomination");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }

  public boolean counted() {
    return reason == NominationReason.COUNTED;
  }
}
