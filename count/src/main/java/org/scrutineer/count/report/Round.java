package org.scrutineer.count.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.count.tiebreak.TieBreakRecord;

/**
 * One round of a count, as the report and {@code --json} give it.
 *
 * @param round 1-based
 * @param tally votes of every candidate still in the count at this round (elected ones at the
 *     value they keep), in the official order
 * @param exhausted votes of ballots that no longer count for anyone (cumulative)
 * @param elected candidates elected at the end of this round, in order of election
 * @param eliminated candidates eliminated at the end of this round
 * @param transfers votes moved after this round: from a candidate (elected with a surplus, or
 *     eliminated) to each receiving candidate, or to {@code "exhausted"}
 * @param quota this round's quota where it changes between rounds (Meek); empty otherwise
 * @param tieBreaks the ties broken in this round
 */
public record Round(
    int round,
    Map<String, BigDecimal> tally,
    BigDecimal exhausted,
    List<String> elected,
    List<String> eliminated,
    Map<String, Map<String, BigDecimal>> transfers,
    Optional<BigDecimal> quota,
    List<TieBreakRecord> tieBreaks) {

  /** The destination key of votes that exhaust in {@link #transfers}. */
  public static final String EXHAUSTED = "exhausted";

  public Round {
    if (round < 1) {
      throw new IllegalArgumentException("round numbers start at 1, got " + round);
    }
    tally = unmodifiableCopy(tally);
    Objects.requireNonNull(exhausted, "exhausted");
    elected = List.copyOf(elected);
    eliminated = List.copyOf(eliminated);
    var t = new LinkedHashMap<String, Map<String, BigDecimal>>();
    transfers.forEach((from, to) -> t.put(from, unmodifiableCopy(to)));
    transfers = java.util.Collections.unmodifiableMap(t);
    Objects.requireNonNull(quota, "quota");
    tieBreaks = List.copyOf(tieBreaks);
  }

  private static Map<String, BigDecimal> unmodifiableCopy(Map<String, BigDecimal> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
