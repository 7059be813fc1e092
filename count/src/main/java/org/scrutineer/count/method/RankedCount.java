package org.scrutineer.count.method;

import java.util.Set;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/** A method that counts ranked ballots: a pure function of ballots, seats and rules. */
public interface RankedCount {
  /** The rules this method counts by when the user sets none (docs/counting.md gives each). */
  CountRules defaults();

  /**
   * The rule options this method reads, by their rules-file keys ({@code overvote},
   * {@code batch-elimination} …; docs/counting.md has the table). Setting any other option does
   * not change its count, and {@code scrutineer count} says so rather than ignore it silently.
   */
  Set<String> ruleOptions();

  /**
   * Counts. Never modifies its inputs; the report's rounds are in order.
   *
   * @throws IllegalArgumentException if {@code seats} is not possible for this method or these ballots
   */
  CountReport count(RankedBallots ballots, int seats, CountRules rules);
}
