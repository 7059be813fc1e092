package org.scrutineer.count.input;

/**
 * A problem in a count's input that a user can fix: the module's one error type. Every variant
 * names where the problem is (file, and line, column or rules-file key when there is one) and how
 * to fix it, in {@link #message()}, e.g. {@code ballots.csv:17: column r2 "Smiht" is not a
 * candidate (expected one of Smith, Corbyn)}.
 *
 * <p>Readers collect these as values and return all of them ({@link Parsed}); nothing is thrown for
 * bad input. Exceptions are left for bugs and I/O failures. docs/formats/ballots.md lists every kind.
 */
public sealed interface InputError permits FieldError, LineError, FileError, KeyError, BeleniosBallotError {
  /** The file the problem is in, as the user named it. */
  String file();

  /** One line for the user: location, problem, fix. */
  String message();
}
