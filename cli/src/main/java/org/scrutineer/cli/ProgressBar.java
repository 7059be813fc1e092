package org.scrutineer.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress bar for long work, e.g. {@code tally [#########...............]  37%  member: trustee 3
 * decrypts}. On a terminal it is redrawn in place on standard error, at most ten times a second, and
 * {@link #end} moves past it; anywhere else — a log, a pipe, the demo's indented output — it is
 * printed as an {@code I: } line at most once per {@link ThrottledLines#INTERVAL}, none in the
 * first, so that short runs print nothing extra and CI logs stay short.
 */
public final class ProgressBar {
  static final int WIDTH = 24;
  private static final Duration REDRAW = Duration.ofMillis(100);
  /** Enough for a bar and a short description; longer lines are cut so that a redraw stays on one line. */
  private static final int TERMINAL_COLUMNS = 100;

  private final CommandEnvironment environment;
  private final boolean terminal;
  private final ThrottledLines lines;
  private final Clock clock;
  private Instant nextDraw;
  private boolean drawn;

  ProgressBar(CommandEnvironment environment, boolean terminal) {
    this.environment = environment;
    this.terminal = terminal;
    this.clock = environment.clock();
    this.lines = new ThrottledLines(environment::info, clock);
    this.nextDraw = clock.instant();
  }

  /** A bar drawn in place when standard error is this process's terminal, else throttled {@code I:} lines. */
  public static ProgressBar on(CommandEnvironment environment) {
    return new ProgressBar(environment, environment.errorsOnTerminal());
  }

  /** Shows that {@code step} has done {@code fraction} (0 to 1) of its work and is doing {@code now}. Thread-safe. */
  public synchronized void show(String step, double fraction, String now) {
    String line = render(step, fraction, now);
    if (!terminal) {
      lines.offer(line);
      return;
    }
    Instant time = clock.instant();
    if (time.isBefore(nextDraw) && fraction < 1) {
      return;
    }
    nextDraw = time.plus(REDRAW);
    String shown = line.length() > TERMINAL_COLUMNS ? line.substring(0, TERMINAL_COLUMNS - 1) + "…" : line;
    environment.err().print("\r" + shown + "\u001b[K");
    environment.err().flush();
    drawn = true;
  }

  /** Ends the bar: on a terminal, the next line starts below it. */
  public synchronized void end() {
    if (drawn) {
      environment.err().print("\n");
      environment.err().flush();
      drawn = false;
    }
  }

  /** {@code STEP [####....]  NN%  NOW}: the bar {@value #WIDTH} wide, the percentage rounded down (100% only when done). */
  static String render(String step, double fraction, String now) {
    double clamped = Math.max(0, Math.min(1, fraction));
    int filled = (int) Math.floor(clamped * WIDTH);
    int percent = (int) Math.floor(clamped * 100);
    return step + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  " + now;
  }
}
