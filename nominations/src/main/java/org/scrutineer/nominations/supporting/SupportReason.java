package org.scrutineer.nominations.supporting;

import java.util.Locale;

/**
 * Why a supporting nomination counts or not. The checks on one nomination alone come first, in this
 * order; then the one-per-CLP and one-per-affiliate rules ({@link OneSupportingNominationRule}).
 */
public enum SupportReason {
  /** The CLP's or affiliate's one nomination that counts. */
  COUNTED,
  /** A CLP meeting after the supporting nominations' last day. */
  AFTER_CLOSE,
  /** Names someone who is not a declared candidate. */
  NOT_A_CANDIDATE,
  /** Names a candidate who withdrew from the contest. */
  CANDIDATE_WITHDREW,
  /** The CLP had already nominated at an earlier meeting, and that nomination counts. */
  ALREADY_NOMINATED,
  /** Disagrees with another nomination by the same CLP (same meeting day) or affiliate: none counts. */
  CONFLICTING,
  /** Repeats the nomination that counts. */
  DUPLICATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
