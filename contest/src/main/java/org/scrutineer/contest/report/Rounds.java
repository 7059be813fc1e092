package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;

/**
 * The rounds of a preferential count (IRV, STV…), for the report's round-by-round table and chart.
 *
 * @param method as {@code scrutineer count --method} spells it
 * @param winners in the order elected
 */
public record Rounds(String method, int seats, List<String> winners, List<RoundTally> rounds) {
  public Rounds {
    Objects.requireNonNull(method, "method");
    winners = List.copyOf(winners);
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("a preferential count has at least one round");
    }
    for (int i = 0; i < rounds.size(); i++) {
      if (rounds.get(i).round() != i + 1) {
        throw new IllegalArgumentException("round " + (i + 1) + " is numbered " + rounds.get(i).round());
      }
    }
  }

  /**
   * The rounds of {@code report}, each with its section tallies (the count's sections are keyed by
   * the section column of its ballots: the contest labels them with the section keys). A round's
   * threshold is its own quota when the method changes it by round (IRV's majority, Meek), otherwise
   * the count's quota.
   */
  public static Rounds from(CountReport report) {
    List<RoundTally> rounds = report.rounds().stream().map(round -> tally(report, round)).toList();
    return new Rounds(report.method(), report.seats(), report.winners(), rounds);
  }

  private static RoundTally tally(CountReport report, Round round) {
    Map<String, RoundTally.SectionTally> sections = new LinkedHashMap<>();
    report.sections().forEach((section, sectionRounds) -> sectionRounds.stream()
        .filter(sectionRound -> sectionRound.round() == round.round()).findFirst()
        .ifPresent((SectionRound found) -> sections.put(section, new RoundTally.SectionTally(found.tally(), found.exhausted()))));
    Optional<BigDecimal> threshold = round.quota().or(report::quota);
    return new RoundTally(round.round(), round.tally(), round.exhausted(), round.elected(), round.eliminated(), threshold, sections);
  }
}
