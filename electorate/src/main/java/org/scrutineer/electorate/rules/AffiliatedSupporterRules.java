package org.scrutineer.electorate.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who among the affiliated supporters may vote: signed up by the cut-off (2016: 8 August) and,
 * where required, vetting passed.
 */
public record AffiliatedSupporterRules(boolean enabled, LocalDate registrationCutoff, boolean vettingRequired) {
  public AffiliatedSupporterRules {
    Objects.requireNonNull(registrationCutoff, "registrationCutoff");
  }
}
