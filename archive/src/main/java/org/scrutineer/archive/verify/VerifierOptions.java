package org.scrutineer.archive.verify;

/**
 * How to verify.
 *
 * @param lenient report replayed ballots as warnings instead of errors, and count them as
 *     belenios-tool 2.0 does (the last occurrence of a credential counts), for archives known to
 *     contain replays
 * @param threads how many ballots to check at once; ballot checks are independent
 */
public record VerifierOptions(boolean lenient, int threads) {
  public VerifierOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** Strict, one thread per available processor. */
  public static VerifierOptions defaults() {
    return new VerifierOptions(false, Runtime.getRuntime().availableProcessors());
  }

  public VerifierOptions withLenient(boolean lenient) {
    return new VerifierOptions(lenient, threads);
  }
}
