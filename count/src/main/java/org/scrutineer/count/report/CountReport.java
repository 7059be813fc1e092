package org.scrutineer.count.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.count.rules.CountRules;

/**
 * What every count returns: winners in the order elected, every round, and every round broken down
 * by section when the ballots carry sections. {@code --json} writes exactly this
 * (docs/counting.md, "Report").
 *
 * @param method the method's name as {@code --method} spells it
 * @param quota the quota (threshold) if the method has a fixed one; empty otherwise
 * @param sections per section, in the order sections first appear in the input, its round tallies;
 *     empty when the input has no section column
 * @param rules the rules the count ran under, after defaults and overrides
 * @param details what a method reports beyond rounds (Schulze's pairwise matrix, majority
 *     judgment's medians…): plain values — String, BigDecimal, Integer, List, Map — in a fixed order
 * @param invalid ballots the method set aside, with why (e.g. Belenios STV's invalid ballots)
 */
public record CountReport(
    String method,
    int seats,
    Optional<BigDecimal> quota,
    List<String> winners,
    List<Round> rounds,
    Map<String, List<SectionRound>> sections,
    CountRules rules,
    Map<String, Object> details,
    List<String> invalid) {

  public CountReport {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(quota, "quota");
    winners = List.copyOf(winners);
    rounds = List.copyOf(rounds);
    var s = new LinkedHashMap<String, List<SectionRound>>();
    sections.forEach((name, list) -> s.put(name, List.copyOf(list)));
    sections = Collections.unmodifiableMap(s);
    Objects.requireNonNull(rules, "rules");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    invalid = List.copyOf(invalid);
  }
}
