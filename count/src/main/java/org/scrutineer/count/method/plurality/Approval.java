package org.scrutineer.count.method.plurality;

import java.util.List;
import java.util.Set;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;

/**
 * Approval voting: every candidate a ballot marks, at any rank, gets the ballot's full weight (rank
 * order means nothing); the N candidates with the most approvals win, in one round
 * (docs/counting.md, "approval"). A candidate marked twice on one ballot is approved once. A ballot
 * marking nobody is counted as exhausted. The overvote and skipped-rank rules do not apply: marking
 * several candidates is the point.
 */
public final class Approval implements RankedCount {
  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("tiebreak", "candidates");
  }

  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    Candidates candidates = ballots.candidates();
    Seats.check(CountMethod.APPROVAL, seats, candidates.size());
    List<String> sections = ballots.sections();
    TallySheet sheet = new TallySheet(candidates, sections);
    boolean[] marked = new boolean[candidates.size()];
    for (RankedBallot ballot : ballots.ballots()) {
      java.util.Arrays.fill(marked, false);
      boolean any = false;
      for (int r = 0; r < ballot.rankCount(); r++) {
        for (int c : ballot.at(r)) {
          if (!marked[c]) {
            marked[c] = true;
            any = true;
            sheet.add(ballot.section(), c, ballot.weight());
          }
        }
      }
      if (!any) {
        sheet.addExhausted(ballot.section(), ballot.weight());
      }
    }
    return SingleRound.report(CountMethod.APPROVAL, candidates, seats, rules, sheet);
  }
}
