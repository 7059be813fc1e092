package org.scrutineer.nominations.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Supporting nominations: which routes there are and whether passing them is required. Routes
 * given under {@link SupportRequirement#NONE} are still checked and reported, for information.
 */
public record SupportingRule(SupportRequirement required, Optional<ClpRoute> clp, Optional<AffiliateRoute> affiliates) {
  public SupportingRule {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(clp, "clp");
    Objects.requireNonNull(affiliates, "affiliates");
    if (required != SupportRequirement.NONE && clp.isEmpty() && affiliates.isEmpty()) {
      throw new IllegalArgumentException("supporting nominations are required (" + required.code() + ") but no route is given");
    }
  }

  /** Counted and reported, never required, no route checked. */
  public static SupportingRule countedOnly() {
    return new SupportingRule(SupportRequirement.NONE, Optional.empty(), Optional.empty());
  }
}
