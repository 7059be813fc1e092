package org.scrutineer.electorate.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * A contest's eligibility rules, as data: read from a ruleset file ({@link RulesetReader}; format in
 * docs/formats/ruleset.md) so that a change of rule — a court's ruling on the freeze date — is a
 * changed file whose effect {@code electorate diff} shows.
 *
 * @param referenceDate the day standing is judged on (arrears, suspension, length of membership)
 * @param precedence the order in which a person's sections are tried: they vote in the first in
 *     which they are eligible (2016: member before affiliated supporter before registered supporter)
 * @param exclusionsApply whether recorded exclusions remove votes (off only to see their effect)
 */
public record Ruleset(
    String name,
    LocalDate referenceDate,
    List<Section> precedence,
    boolean exclusionsApply,
    MemberRules members,
    RegisteredSupporterRules registeredSupporters,
    AffiliatedSupporterRules affiliatedSupporters) {
  public Ruleset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referenceDate, "referenceDate");
    precedence = List.copyOf(precedence);
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(registeredSupporters, "registeredSupporters");
    Objects.requireNonNull(affiliatedSupporters, "affiliatedSupporters");
    if (precedence.size() != Section.values().length || precedence.stream().distinct().count() != precedence.size()) {
      throw new IllegalArgumentException("the precedence names each section once: " + precedence);
    }
  }
}
