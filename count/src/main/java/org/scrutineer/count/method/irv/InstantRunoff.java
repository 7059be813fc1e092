package org.scrutineer.count.method.irv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/**
 * The alternative vote / instant-runoff voting, one seat ({@code --method irv}), as RCTab's
 * "single-winner majority determines winner": each round counts every ballot for its first
 * continuing preference; a candidate who reaches the majority threshold of that round's continuing
 * votes wins, otherwise the lowest are eliminated and their ballots move on (docs/counting.md).
 *
 * <p>The threshold changes as ballots exhaust, so the report gives it per round ({@code
 * Round.quota}) and leaves {@code CountReport.quota} empty.
 */
public final class InstantRunoff implements RankedCount {
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "batch-elimination", "continue-until-two", "minimum-votes", "threshold", "decimal-places", "candidates");
  }

  /**
   * @throws IllegalArgumentException if {@code seats} is not 1, or more candidates fall below {@code
   *     --minimum-votes} in a round than may be eliminated
   */
  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    if (seats != 1) {
      throw new IllegalArgumentException("irv elects one candidate, not " + seats
          + " (for several seats use --method sequential-irv, bottoms-up or stv)");
    }
    if (ballots.candidates().size() == 0) {
      throw new IllegalArgumentException("irv needs at least one candidate; the input names none");
    }
    RankedBallots prepared = OfficialOrder.apply(ballots, rules);
    Runoff.Pass pass = new Runoff(prepared, rules).run(Runoff.Goal.MAJORITY, 1, Set.of(), 1);
    List<String> winners = pass.elected().stream().map(prepared.candidates()::name).toList();
    return new CountReport(CountMethod.IRV.flag(), 1, Optional.empty(), winners, pass.rounds(), pass.sections(), rules,
        Map.of(), List.of());
  }
}
