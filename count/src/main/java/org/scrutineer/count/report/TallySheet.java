package org.scrutineer.count.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.scrutineer.count.ballot.Candidates;

/**
 * Adds up one round: votes per candidate and exhausted, overall and per section, so that every method
 * gets the section breakdown from the same additions as its overall tally (the sections always sum to
 * the whole). Mutable and single-use: one sheet per round.
 */
public final class TallySheet {
  private final Candidates candidates;
  private final BigDecimal[] total;
  private BigDecimal exhausted = BigDecimal.ZERO;
  private final Map<String, BigDecimal[]> bySection = new LinkedHashMap<>();
  private final Map<String, BigDecimal> exhaustedBySection = new HashMap<>();

  /** @param sections the count's sections in report order (empty for none) */
  public TallySheet(Candidates candidates, List<String> sections) {
    this.candidates = candidates;
    this.total = zeros(candidates.size());
    for (String section : sections) {
      bySection.put(section, zeros(candidates.size()));
      exhaustedBySection.put(section, BigDecimal.ZERO);
    }
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  /** Adds {@code votes} for {@code candidate} from a ballot of {@code section} ("" for none). */
  public void add(String section, int candidate, BigDecimal votes) {
    total[candidate] = total[candidate].add(votes);
    BigDecimal[] s = bySection.get(section);
    if (s != null) {
      s[candidate] = s[candidate].add(votes);
    }
  }

  /** Adds {@code votes} to the exhausted pile from a ballot of {@code section}. */
  public void addExhausted(String section, BigDecimal votes) {
    exhausted = exhausted.add(votes);
    exhaustedBySection.computeIfPresent(section, (k, v) -> v.add(votes));
  }

  /** The overall tally, indexed by candidate (a copy). */
  public BigDecimal[] totals() {
    return total.clone();
  }

  public BigDecimal exhausted() {
    return exhausted;
  }

  /** The overall tally of the candidates {@code shown} accepts, by name in the official order. */
  public Map<String, BigDecimal> tally(IntPredicate shown) {
    return named(total, shown);
  }

  /** Each section's tally of the candidates {@code shown} accepts, as one round. */
  public Map<String, SectionRound> sectionRounds(int round, IntPredicate shown) {
    Map<String, SectionRound> rounds = new LinkedHashMap<>();
    bySection.forEach((section, votes) ->
        rounds.put(section, new SectionRound(round, named(votes, shown), exhaustedBySection.get(section))));
    return rounds;
  }

  private Map<String, BigDecimal> named(BigDecimal[] votes, IntPredicate shown) {
    Map<String, BigDecimal> named = new LinkedHashMap<>();
    for (int c = 0; c < votes.length; c++) {
      if (shown.test(c)) {
        named.put(candidates.name(c), votes[c]);
      }
    }
    return named;
  }
}
