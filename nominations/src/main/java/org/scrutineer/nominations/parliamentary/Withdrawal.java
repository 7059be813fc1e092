package org.scrutineer.nominations.parliamentary;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A nominator withdrawing their nomination: every nomination they made at or before {@code at}
 * stops counting (see {@link OneNominationRule}); they may nominate again afterwards, before the
 * close.
 *
 * @param source where it came from, e.g. {@code withdrawals.csv:3}; empty when not known
 */
public record Withdrawal(String nominatorId, OffsetDateTime at, String source) {
  public Withdrawal {
    Objects.requireNonNull(nominatorId, "nominatorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
  }
}
