package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of a preferential count as the report shows it: the count's {@link
 * org.scrutineer.count.report.Round} and its section tallies, without transfers and tie-break detail
 * (those stay in the count's own report).
 *
 * @param tally votes of each candidate still in the count, in ballot order
 * @param exhausted votes of ballots that count for nobody any more, cumulative
 * @param threshold the votes that elect in this round (IRV: a majority of continuing votes; STV: the
 *     quota); empty when the method has none
 * @param sections by section key ({@code member}…), the same figures counting only its ballots; empty
 *     when the count had no sections
 */
public record RoundTally(
    int round,
    Map<String, BigDecimal> tally,
    BigDecimal exhausted,
    List<String> elected,
    List<String> eliminated,
    Optional<BigDecimal> threshold,
    Map<String, SectionTally> sections) {
  public RoundTally {
    if (round < 1) {
      throw new IllegalArgumentException("rounds are numbered from 1, got " + round);
    }
    tally = Collections.unmodifiableMap(new LinkedHashMap<>(tally));
    Objects.requireNonNull(exhausted, "exhausted");
    elected = List.copyOf(elected);
    eliminated = List.copyOf(eliminated);
    Objects.requireNonNull(threshold, "threshold");
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }

  /** One section's part of a round. */
  public record SectionTally(Map<String, BigDecimal> tally, BigDecimal exhausted) {
    public SectionTally {
      tally = Collections.unmodifiableMap(new LinkedHashMap<>(tally));
      Objects.requireNonNull(exhausted, "exhausted");
    }
  }
}
