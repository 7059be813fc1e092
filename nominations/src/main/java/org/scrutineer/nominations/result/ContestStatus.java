package org.scrutineer.nominations.result;

import java.util.Locale;

/** What the nominations mean for the contest as a whole. */
public enum ContestStatus {
  /** Two or more candidates validly nominated: there is a ballot. */
  BALLOT,
  /** Exactly one candidate validly nominated. */
  UNOPPOSED,
  /** A challenge in which no challenger was validly nominated: no ballot, the incumbent stays. */
  NOT_CHALLENGED,
  /** Nobody validly nominated. */
  NO_CANDIDATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
