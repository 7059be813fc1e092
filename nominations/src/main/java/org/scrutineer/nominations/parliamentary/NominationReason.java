package org.scrutineer.nominations.parliamentary;

/**
 * Why a parliamentary nomination counts or not. The checks on one nomination alone come first and
 * are applied in this order, the first that fails being the reason; the rest compare a nominator's
 * valid nominations and withdrawals ({@link OneNominationRule}).
 */
public enum NominationReason {
  /** The nominator's one nomination that counts. */
  COUNTED,
  /** The nominator id is not on the register of nominators. */
  NOT_ON_REGISTER,
  /** The nominator is of a kind the rules do not let nominate (e.g. an MEP where only MPs may). */
  NOMINATOR_NOT_ELIGIBLE,
  /** Made after parliamentary nominations closed. */
  AFTER_CLOSE,
  /** Names someone who is not a declared candidate. */
  NOT_A_CANDIDATE,
  /** Names a candidate who withdrew from the contest. */
  CANDIDATE_WITHDREW,
  /** Withdrawn by the nominator (a withdrawal at or after it, before the close). */
  WITHDRAWN,
  /** The nominator made a later valid nomination, which took its place. */
  SUPERSEDED,
  /** Made at the same moment as the nominator's nomination of another candidate: which was last cannot be told. */
  CONFLICTING,
  /** The same nominator, candidate and moment as another nomination, which is the one counted. */
  DUPLICATE;

  /** {@code after_close}: the code the JSON result uses. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
