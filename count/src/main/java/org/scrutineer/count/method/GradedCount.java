package org.scrutineer.count.method;

import java.util.Set;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/** A method that counts graded ballots (majority judgment). */
public interface GradedCount {
  CountRules defaults();

  /** The rule options this method reads, by rules-file key (see {@link RankedCount#ruleOptions()}). */
  Set<String> ruleOptions();

  CountReport count(GradedBallots ballots, int seats, CountRules rules);
}
