package org.scrutineer.count.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One round's tally within one section (members, registered supporters, affiliated supporters…):
 * the same candidates as the round's overall tally, counting only that section's ballots. The
 * sections of a round add up to the round.
 */
public record SectionRound(int round, Map<String, BigDecimal> tally, BigDecimal exhausted) {
  public SectionRound {
    tally = Collections.unmodifiableMap(new LinkedHashMap<>(tally));
    Objects.requireNonNull(exhausted, "exhausted");
  }
}
