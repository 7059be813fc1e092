package org.scrutineer.count.method.irv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;

/**
 * Sequential IRV, N seats ({@code --method sequential-irv}; RCTab "multi-pass IRV"): an IRV count
 * elects one candidate; that candidate is removed from every ballot and the count starts again from
 * all the ballots, until N are elected.
 *
 * <p>The report numbers the rounds of all passes consecutively (pass 2's first round follows pass
 * 1's last); {@code details.passes} says which rounds belong to which pass and whom it elected.
 * Each pass's last round lists its winner in {@code elected}; a previous-round tie-break looks back
 * only within its own pass, as each RCTab pass is a separate tabulation.
 */
public final class SequentialIrv implements RankedCount {
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "batch-elimination", "continue-until-two", "minimum-votes", "threshold", "decimal-places", "candidates");
  }

  /** @throws IllegalArgumentException if {@code seats} is below 1 or above the number of candidates */
  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    int candidates = ballots.candidates().size();
    Seats.check(CountMethod.SEQUENTIAL_IRV, seats, candidates);
    RankedBallots prepared = OfficialOrder.apply(ballots, rules);
    Runoff runoff = new Runoff(prepared, rules);
    Set<Integer> elected = new HashSet<>();
    List<String> winners = new ArrayList<>();
    List<Round> rounds = new ArrayList<>();
    Map<String, List<SectionRound>> sections = new LinkedHashMap<>();
    prepared.sections().forEach(s -> sections.put(s, new ArrayList<>()));
    List<Object> passes = new ArrayList<>();
    for (int pass = 1; pass <= seats; pass++) {
      int first = rounds.size() + 1;
      Runoff.Pass result = runoff.run(Runoff.Goal.MAJORITY, 1, elected, first);
      int winner = result.elected().get(0);
      elected.add(winner);
      winners.add(prepared.candidates().name(winner));
      rounds.addAll(result.rounds());
      result.sections().forEach((s, list) -> sections.get(s).addAll(list));
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("pass", pass);
      summary.put("firstRound", first);
      summary.put("lastRound", rounds.size());
      summary.put("elected", prepared.candidates().name(winner));
      passes.add(summary);
    }
    return new CountReport(CountMethod.SEQUENTIAL_IRV.flag(), seats, Optional.empty(), winners, rounds, sections,
        rules, Map.of("passes", passes), List.of());
  }
}
