package org.scrutineer.cli.nominations;

import java.time.Clock;
import java.util.Locale;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ThrottledLines;
import org.scrutineer.nominations.csv.ReadProgress;

/**
 * How far reading has got, as {@code I: FILE: N rows read} lines on standard error, at most one
 * every ten seconds ({@link ThrottledLines}): nothing for the files of a real contest, which read
 * in well under a second, a line now and then for a very large one.
 */
public final class ReadingProgress implements ReadProgress {
  private final ThrottledLines lines;

  public ReadingProgress(CommandEnvironment environment, Clock clock) {
    this.lines = new ThrottledLines(environment::info, clock);
  }

  @Override
  public void rowsRead(String file, long rows) {
    lines.offer(String.format(Locale.ROOT, "%s: %,d rows read", file, rows));
  }

  /** Tells the same throttled lines about a later step, e.g. {@code deciding 1,200,000 nominations}. */
  void step(String line) {
    lines.offer(line);
  }
}
