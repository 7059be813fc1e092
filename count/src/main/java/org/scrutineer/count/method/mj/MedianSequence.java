package org.scrutineer.count.method.mj;

/**
 * A candidate's median sequence: take the lower median of its grades, remove it, take the lower
 * median of the rest, and so on until none is left (Balinski and Laraki's majority-value; Belenios
 * 2.0 {@code compute_median_sequence}). Comparing two candidates' sequences lexicographically, the
 * better (lower) grade first, is majority judgment's order.
 *
 * <p>The removed grades always form one run around the middle of the sorted grades, so each next
 * median is the grade just below or just above that run: computed here in one pass over the grade
 * counts instead of Belenios' quadratic array shifting — the same sequence.
 */
final class MedianSequence {
  private MedianSequence() {}

  /**
   * @param counts {@code counts[g]}: how many ballots gave grade g (0-based, 0 = best)
   * @return the median sequence, one 0-based grade per ballot
   */
  static int[] of(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int n = Math.toIntExact(total);
    int[] sorted = new int[n];
    int k = 0;
    for (int g = 0; g < counts.length; g++) {
      for (long c = 0; c < counts[g]; c++) {
        sorted[k++] = g;
      }
    }
    int[] sequence = new int[n];
    // removed: sorted[lo+1 .. hi-1]; below = lo + 1 grades remain under the run, above = n - hi over it
    int lo = -1;
    int hi = -1;
    for (int i = 0; i < n; i++) {
      int remaining = n - i;
      int median = (remaining + 1) / 2 - 1; // index in the remaining grades, as Belenios takes it
      if (i == 0) {
        lo = median - 1;
        hi = median + 1;
        sequence[0] = sorted[median];
      } else if (median <= lo) {
        sequence[i] = sorted[lo];
        lo--;
      } else {
        sequence[i] = sorted[hi];
        hi++;
      }
    }
    return sequence;
  }

  /** Belenios' {@code lex_compare}: negative when {@code a} is the better sequence. */
  static int compare(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("median sequences of " + a.length + " and " + b.length + " grades");
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
