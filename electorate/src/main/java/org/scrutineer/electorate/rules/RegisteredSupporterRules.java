package org.scrutineer.electorate.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * Who among the registered supporters may vote: the fee paid inside the window (2016: £25 between
 * 17:00 on 18 July and 17:00 on 20 July) and, where required, vetting passed.
 *
 * @param windowOpens the first instant a payment counts (inclusive)
 * @param windowCloses the instant after which a payment no longer counts (inclusive)
 */
public record RegisteredSupporterRules(boolean enabled, Instant windowOpens, Instant windowCloses, long feePence, boolean vettingRequired) {
  public RegisteredSupporterRules {
    Objects.requireNonNull(windowOpens, "windowOpens");
    Objects.requireNonNull(windowCloses, "windowCloses");
  }
}
