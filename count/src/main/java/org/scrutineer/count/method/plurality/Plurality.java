package org.scrutineer.count.method.plurality;

import java.util.List;
import java.util.Set;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.preference.NextPreference;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;

/**
 * Plurality (first past the post; with N seats, the block-free "N highest"): each ballot's weight
 * goes to its first preference, and the N candidates with the most votes win, in one round
 * (docs/counting.md, "plurality"). The first preference is found by {@link NextPreference} with
 * every candidate continuing, so a first rank marking two candidates is an overvote under {@code
 * --overvote} exactly as in IRV's first round, and a ballot with no valid mark is exhausted.
 */
public final class Plurality implements RankedCount {
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("overvote", "max-skipped-ranks", "duplicate", "tiebreak", "candidates");
  }

  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    Candidates candidates = ballots.candidates();
    Seats.check(CountMethod.PLURALITY, seats, candidates.size());
    List<String> sections = ballots.sections();
    TallySheet sheet = new TallySheet(candidates, sections);
    NextPreference next = new NextPreference(rules);
    for (RankedBallot ballot : ballots.ballots()) {
      NextPreference.Found first = next.find(ballot, 0, c -> true);
      if (first.exhausted()) {
        sheet.addExhausted(ballot.section(), ballot.weight());
      } else {
        sheet.add(ballot.section(), first.candidate(), ballot.weight());
      }
    }
    return SingleRound.report(CountMethod.PLURALITY, candidates, seats, rules, sheet);
  }
}
