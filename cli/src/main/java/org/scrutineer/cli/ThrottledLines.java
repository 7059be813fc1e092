package org.scrutineer.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Progress lines for long work, at most one per interval and none before the first interval has
 * passed: a run of a few seconds prints nothing extra, a long one says where it is. Safe to call
 * from several threads (the demo makes ballots in parallel).
 */
public final class ThrottledLines {
  /** How often long commands report progress. */
  public static final Duration INTERVAL = Duration.ofSeconds(10);

  private final Consumer<String> sink;
  private final Clock clock;
  private Instant next;

  public ThrottledLines(Consumer<String> sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
    this.next = clock.instant().plus(INTERVAL);
  }

  /** Passes {@code line} on if an interval has passed since the last line (or the start). */
  public synchronized void offer(String line) {
    Instant now = clock.instant();
    if (!now.isBefore(next)) {
      sink.accept(line);
      next = now.plus(INTERVAL);
    }
  }
}
