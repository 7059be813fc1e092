package org.scrutineer.cli.belenios.election;

import java.io.PrintStream;
import java.time.Clock;
import org.scrutineer.archive.verify.VerificationProgress;
import org.scrutineer.cli.ThrottledLines;

/**
 * Progress of a long verification as {@code I:} lines on standard error, throttled by {@link
 * ThrottledLines}: a run of a few seconds prints exactly what belenios-tool prints (which reports
 * no progress), while a million-voter run says where it is.
 */
public final class ProgressLines implements VerificationProgress {
  private final ThrottledLines lines;

  public ProgressLines(PrintStream err, Clock clock) {
    this.lines = new ThrottledLines(line -> {
      err.println("I: " + line);
      err.flush();
    }, clock);
  }

  @Override
  public void credentialsRead(long credentials) {
    lines.offer(credentials + " public credentials read");
  }

  @Override
  public void credentialsChecked(long credentials) {
    lines.offer(credentials + " public credentials without a valid ballot checked");
  }

  @Override
  public void ballotsRead(long ballots) {
    lines.offer(ballots + " ballots read and being checked");
  }

  @Override
  public void shuffleChecking(int shuffle, long ciphertexts) {
    lines.offer("shuffle " + shuffle + " of " + ciphertexts + " ciphertexts being checked");
  }

  @Override
  public void partialDecryptionChecking(int owner, long ciphertexts) {
    lines.offer("partial decryption of trustee " + owner + " (" + ciphertexts + " ciphertexts) being checked");
  }
}
