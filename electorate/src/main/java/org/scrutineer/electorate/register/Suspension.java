package org.scrutineer.electorate.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative suspension of a member, from a date and until a date (open-ended while an
 * investigation runs).
 */
public record Suspension(LocalDate from, Optional<LocalDate> until, String reason) {
  public Suspension {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(reason, "reason");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException("a suspension cannot end (" + until.get() + ") before it starts (" + from + ")");
    }
  }

  /** Whether the member is suspended on that day (both ends inclusive). */
  public boolean coversDay(LocalDate day) {
    return !day.isBefore(from) && until.map(end -> !day.isAfter(end)).orElse(true);
  }
}
