package org.scrutineer.contest.error;

/**
 * Something a returning officer can fix, as a value: the module's one error type. {@link #message()}
 * says what is wrong and what to do, e.g. {@code tally needs the ballot box closed: run `scrutineer
 * contest close` first}. Nothing is thrown for these; exceptions are left for bugs and I/O failures.
 */
public sealed interface ContestError permits StepRefused, FileChanged, RemovalRefused, ResultRefused, BallotRefused {
  /** One line for the user: the problem and how to fix it. */
  String message();
}
