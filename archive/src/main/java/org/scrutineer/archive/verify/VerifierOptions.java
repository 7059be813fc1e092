package org.scrutineer.archive.verify;

import java.util.Objects;

/**
 * How to verify.
 *
 * @param lenient report replayed ballots as warnings instead of errors, and count them as
 *     belenios-tool 2.0 does (the last occurrence of a credential counts), for archives known to
 *     contain replays
 * @param threads how many ballots to check at once; ballot checks are independent
 * @param progress where to report how far the run has got
 */
public record VerifierOptions(boolean lenient, int threads, VerificationProgress progress) {
  public VerifierOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    Objects.requireNonNull(progress, "progress");
  }

  /** Strict, one thread per available processor, no progress reports. */
  public static VerifierOptions defaults() {
    return new VerifierOptions(false, Runtime.getRuntime().availableProcessors(), VerificationProgress.NONE);
  }

  public VerifierOptions withLenient(boolean lenient) {
    return new VerifierOptions(lenient, threads, progress);
  }

  public VerifierOptions withProgress(VerificationProgress progress) {
    return new VerifierOptions(lenient, threads, progress);
  }
}
