package org.scrutineer.nominations.supporting;

import java.util.Objects;

/** What became of one affiliate nomination, and why. */
public record AffiliateDecision(AffiliateNomination nomination, SupportReason reason, String explanation) {
  public AffiliateDecision {
    Objects.requireNonNull(nomination, "nomination");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }

  public boolean counted() {
    return reason == SupportReason.COUNTED;
  }
}
