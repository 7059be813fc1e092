package org.scrutineer.nominations.parliamentary;

import java.util.Locale;

/** What a withdrawal did. */
public enum WithdrawalEffect {
  /** It withdrew one or more of the nominator's valid nominations. */
  WITHDREW,
  /** The nominator id is not on the register. */
  NOT_ON_REGISTER,
  /** Made after the close: it has no effect, the nomination stands. */
  AFTER_CLOSE,
  /** The nominator had no valid nomination standing at that moment to withdraw. */
  NOTHING_TO_WITHDRAW;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
