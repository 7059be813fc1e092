package org.scrutineer.nominations.rules;

import java.util.Locale;

/** Whether supporting nominations are needed to be on the ballot, and how many routes. */
public enum SupportRequirement {
  /** Counted and reported only (the 2016 challenge). */
  NONE,
  /** At least one route passed: CLPs or affiliates (the 2020 vacancy). */
  ANY_ROUTE,
  /** Every route given passed. */
  ALL_ROUTES;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
