package org.scrutineer.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, or that moves on by a step at every look, for throttled output. */
public final class ManualClock extends Clock {
  private final Duration stepAtEveryLook;
  private Instant now;

  public ManualClock() {
    this(Instant.ofEpochSecond(1_700_000_000L), Duration.ZERO);
  }

  /** A clock that starts at {@code start} and is {@code step} further on at every look. */
  public ManualClock(Instant start, Duration step) {
    this.now = start;
    this.stepAtEveryLook = step;
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized Instant instant() {
    now = now.plus(stepAtEveryLook);
    return now;
  }
}
