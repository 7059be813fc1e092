package org.scrutineer.nominations.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.scrutineer.nominations.parliamentary.NominatorKind;

/**
 * The parliamentary threshold: a percentage of the combined PLP and EPLP.
 *
 * @param nominators the kinds who may nominate and who make up the whole (MPs and MEPs in 2016 and
 *     2020)
 * @param threshold the percentage and its rounding (20%, up, in 2016; 10%, up, in 2020)
 * @param fixedWhole the whole the percentage is of, when the rules fix it (as the NEC fixed 254 in
 *     2016); otherwise it is the number of eligible nominators on the register
 */
public record ParliamentaryRule(Set<NominatorKind> nominators, Threshold threshold, OptionalLong fixedWhole) {
  public ParliamentaryRule {
    if (nominators.isEmpty()) {
      throw new IllegalArgumentException("at least one kind of nominator must be able to nominate");
    }
    nominators = Set.copyOf(EnumSet.copyOf(nominators));
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(fixedWhole, "fixedWhole");
    if (fixedWhole.isPresent() && fixedWhole.getAsLong() < 1) {
      throw new IllegalArgumentException("a fixed whole must be at least 1, got " + fixedWhole.getAsLong());
    }
  }
}
