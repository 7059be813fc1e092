package org.scrutineer.cli.belenios.election;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.scrutineer.archive.verify.VerificationProgress;

/**
 * Progress of a long verification as {@code I:} lines on standard error, at most one per interval
 * and none before the first interval has passed, so that a run of a few seconds prints exactly what
 * belenios-tool prints (which reports no progress), while a million-voter run says where it is.
 */
final class ProgressLines implements VerificationProgress {
  static final Duration INTERVAL = Duration.ofSeconds(10);

  private final PrintStream err;
  private final Clock clock;
  private Instant next;

  ProgressLines(PrintStream err, Clock clock) {
    this.err = err;
    this.clock = clock;
    this.next = clock.instant().plus(INTERVAL);
  }

  @Override
  public void credentialsChecked(long credentials) {
    report(credentials + " public credentials checked");
  }

  @Override
  public void ballotsRead(long ballots) {
    report(ballots + " ballots read and being checked");
  }

  private void report(String line) {
    Instant now = clock.instant();
    if (!now.isBefore(next)) {
      err.println("I: " + line);
      err.flush();
      next = now.plus(INTERVAL);
    }
  }
}
