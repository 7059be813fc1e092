package org.scrutineer.nominations.rules;

import java.util.Objects;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;

/**
 * Everything that decides who is validly nominated, as data (read from a rules file by {@code
 * json.RulesJson}): the contest, the parliamentary threshold, what the incumbent needs, and the
 * supporting-nomination routes. docs/nominations.md describes both variants.
 *
 * @param name what these rules are, e.g. {@code Labour leadership challenge, NEC ruling of July 2016}
 * @param variant a challenge has exactly one incumbent candidate; a vacancy has none
 */
public record NominationRules(
    String name,
    Variant variant,
    Contest contest,
    ParliamentaryRule parliamentary,
    IncumbentRule incumbent,
    SupportingRule supporting) {
  public NominationRules {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(contest, "contest");
    Objects.requireNonNull(parliamentary, "parliamentary");
    Objects.requireNonNull(incumbent, "incumbent");
    Objects.requireNonNull(supporting, "supporting");
    long incumbents = contest.candidates().stream().filter(Candidate::incumbent).count();
    if (variant == Variant.CHALLENGE && incumbents != 1) {
      throw new IllegalArgumentException("a challenge needs exactly one incumbent candidate, got " + incumbents);
    }
    if (variant == Variant.VACANCY && incumbents != 0) {
      throw new IllegalArgumentException("a vacancy has no incumbent, got " + incumbents);
    }
  }
}
