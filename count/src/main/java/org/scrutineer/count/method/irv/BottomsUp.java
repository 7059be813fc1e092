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
 * Bottoms-up, N seats ({@code --method bottoms-up}; RCTab "multi-winner bottoms-up until N
 * winners"): IRV eliminations, lowest first, until no more candidates continue than there are
 * seats; those are all elected, in the last round. No quota, no surplus transfers.
 *
 * <p>The winners are listed by their final tally, highest first, a tie in the official order.
 */
public final class BottomsUp implements RankedCount {
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "batch-elimination", "minimum-votes", "candidates");
  }

  /** @throws IllegalArgumentException if {@code seats} is below 1 */
  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    if (seats < 1) {
      throw new IllegalArgumentException("bottoms-up fills at least one seat, not " + seats);
    }
    if (ballots.candidates().size() == 0) {
      throw new IllegalArgumentException("bottoms-up needs at least one candidate; the input names none");
    }
    RankedBallots prepared = OfficialOrder.apply(ballots, rules);
    Runoff.Pass pass = new Runoff(prepared, rules).run(Runoff.Goal.LAST_N, seats, Set.of(), 1);
    List<String> winners = pass.elected().stream().map(prepared.candidates()::name).toList();
    return new CountReport(CountMethod.BOTTOMS_UP.flag(), seats, Optional.empty(), winners, pass.rounds(),
        pass.sections(), rules, Map.of(), List.of());
  }
}
