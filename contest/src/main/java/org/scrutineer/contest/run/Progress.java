package org.scrutineer.contest.run;

/**
 * How far a long step has got, for a progress bar: {@code done} of {@code total} units of its work
 * (ballots checked, ballots through each phase of the tally), and what it is doing now.
 *
 * @param step the step's name, e.g. {@code tally}
 * @param now what it is doing, e.g. {@code member: trustee 3 decrypts 2,010 ballots}
 */
public record Progress(String step, long done, long total, String now) {
  public Progress {
    if (total < 1 || done < 0 || done > total) {
      throw new IllegalArgumentException(step + ": " + done + " of " + total + " is not progress");
    }
  }

  /** Done as a share of the whole, 0 to 1. */
  public double fraction() {
    return (double) done / total;
  }
}
