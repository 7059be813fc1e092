package org.scrutineer.electorate.synthetic;

import java.time.LocalDate;

/**
 * A distribution of days: periods (both ends included) chosen by weight, a day uniform within the
 * chosen one. How the joining dates, sign-ups and decisions of 2016 are spread in time.
 */
final class Periods {
  private final Weighted<LocalDate[]> periods;

  private Periods(Weighted<LocalDate[]> periods) {
    this.periods = periods;
  }

  static Builder builder() {
    return new Builder();
  }

  LocalDate pick(Draw draw) {
    LocalDate[] period = periods.pick(draw);
    return uniform(period[0], period[1], draw);
  }

  /** A day in [first, last], both included. */
  static LocalDate uniform(LocalDate first, LocalDate last, Draw draw) {
    return LocalDate.ofEpochDay(draw.between(first.toEpochDay(), last.toEpochDay()));
  }

  static final class Builder {
    private final Weighted.Builder<LocalDate[]> periods = Weighted.builder();

    Builder add(String first, String last, int weight) {
      LocalDate from = LocalDate.parse(first);
      LocalDate to = LocalDate.parse(last);
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a period ends after it starts: " + first + " to " + last);
      }
      periods.add(new LocalDate[] {from, to}, weight);
      return this;
    }

    Periods build() {
      return new Periods(periods.build());
    }
  }
}
