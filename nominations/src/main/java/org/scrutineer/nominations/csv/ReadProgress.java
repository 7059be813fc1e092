package org.scrutineer.nominations.csv;

/**
 * Told after each row a CSV reader has read, so that a caller can show progress on a long file (the
 * CLI prints a line at most every ten seconds). Readers never print.
 */
@FunctionalInterface
public interface ReadProgress {
  /** {@code rows} data rows of {@code file} have been read so far. */
  void rowsRead(String file, long rows);

  /** Progress nobody watches. */
  static ReadProgress none() {
    return (file, rows) -> {};
  }
}
