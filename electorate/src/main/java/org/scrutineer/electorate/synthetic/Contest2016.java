package org.scrutineer.electorate.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The dates and sums of the 2016 Labour leadership contest that shape the synthetic register
 * (sources in docs/synthetic-register.md), and that the example rulesets in examples/rules/ state.
 */
public final class Contest2016 {
  /**
   * Members who joined after it could not vote: six months before the NEC's decision of 12 July
   * 2016, upheld by the Court of Appeal in Evangelou v McNicol [2016] EWCA Civ 817 (12 August 2016).
   */
  public static final LocalDate FREEZE_DATE = LocalDate.of(2016, 1, 12);

  /**
   * The day of the NEC's decision. The High Court ([2016] EWHC 2058 (QB), 8 August 2016, later
   * overturned) held that members who had joined by then could vote: a freeze date of this day.
   */
  public static final LocalDate NEC_DECISION = LocalDate.of(2016, 7, 12);

  /** Ballots went out from the week of Monday 22 August 2016: standing is judged on that day. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2016, 8, 22);

  /** Registered supporters applied and paid between 17:00 BST on 18 July and 17:00 BST on 20 July 2016. */
  public static final Instant WINDOW_OPENS = OffsetDateTime.parse("2016-07-18T17:00:00+01:00").toInstant();

  public static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2016-07-20T17:00:00+01:00").toInstant();

  /** The registered supporter's fee in 2016, in pence. */
  public static final long FEE_PENCE = 2500;

  /** The 2015 contest's fee, which some applicants paid in 2016 by mistake. */
  public static final long OLD_FEE_PENCE = 300;

  /** The last day to sign up as an affiliated supporter through a union or society. */
  public static final LocalDate AFFILIATE_CUTOFF = LocalDate.of(2016, 8, 8);

  private Contest2016() {}
}
