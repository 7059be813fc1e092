package org.scrutineer.count.method;

import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/** A method that counts graded ballots (majority judgment). */
public interface GradedCount {
  CountRules defaults();

  CountReport count(GradedBallots ballots, int seats, CountRules rules);
}
