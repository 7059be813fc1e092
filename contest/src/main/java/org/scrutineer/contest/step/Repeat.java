package org.scrutineer.contest.step;

/** Whether a step may run again, and what running it again does to its record. */
public enum Repeat {
  /** Runs once: {@code init}, {@code open}, {@code close}, {@code tally}. */
  ONCE,
  /** May be redone; a redo replaces what the step wrote before ({@code electorate}, {@code nominations}, {@code report}). */
  REDO,
  /** Runs many times, each run adding to what the earlier ones wrote ({@code cast}, {@code remove}). */
  APPEND,
  /** Writes nothing and is never recorded ({@code verify}). */
  READ_ONLY
}
