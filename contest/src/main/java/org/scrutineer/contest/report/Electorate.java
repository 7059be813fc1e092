package org.scrutineer.contest.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who could vote, as the contest's {@code electorate} step evaluated it ({@code
 * electorate/snapshot.json}): the scrutineer's report starts from it — the people on the register,
 * the voters of each section, and those not eligible with the rules they did not meet (exclusions
 * among them).
 *
 * @param ruleset the ruleset's name
 * @param referenceDate the day the rules were evaluated at, ISO 8601
 * @param people people on the linked register
 * @param voters each section's voters, by section key, in section order
 * @param notEligible people with no vote in any section
 * @param failuresByRule how many people failed each rule; one person may fail several
 */
public record Electorate(String ruleset, String referenceDate, long people, Map<String, Long> voters, long notEligible,
    Map<String, Long> failuresByRule) {
  public Electorate {
    Objects.requireNonNull(ruleset, "ruleset");
    Objects.requireNonNull(referenceDate, "referenceDate");
    voters = new LinkedHashMap<>(voters);
    failuresByRule = new LinkedHashMap<>(failuresByRule);
    long eligible = voters.values().stream().mapToLong(Long::longValue).sum();
    if (people < 0 || notEligible < 0 || eligible + notEligible != people) {
      throw new IllegalArgumentException("the electorate's figures disagree: " + eligible + " voters and " + notEligible
          + " not eligible, of " + people + " people");
    }
  }

  /** Voters in every section together: one vote per person across sections. */
  public long eligible() {
    return voters.values().stream().mapToLong(Long::longValue).sum();
  }
}
