package org.scrutineer.nominations.result;

import java.util.Locale;

/** Where a candidate stands once nominations are counted. */
public enum Standing {
  /** Validly nominated: on the ballot (or elected unopposed, if alone). */
  NOMINATED,
  /** Did not pass a required threshold. */
  NOT_NOMINATED,
  /** The incumbent, automatically on the ballot only if challenged, and no challenger was nominated. */
  NOT_CHALLENGED,
  /** Withdrew from the contest. */
  WITHDREW;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
