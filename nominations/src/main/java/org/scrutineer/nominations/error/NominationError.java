package org.scrutineer.nominations.error;

/**
 * A problem in the nominations input that a user can fix: the module's one error type. Every
 * variant names where the problem is (file, and line, column or JSON path when there is one) and
 * how to fix it, in {@link #message()}, e.g. {@code nominations.csv:17: column nominated_at
 * "2016-13-01T10:00" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)}.
 *
 * <p>Readers collect these as values and return all of them with what they could read ({@link
 * Parsed}); nothing is thrown for bad input. Exceptions are left for bugs and I/O failures.
 */
public sealed interface NominationError permits FieldError, LineError, FileError, RulesError {
  /** The file the problem is in, as the user named it. */
  String file();

  /** One line for the user: location, problem, fix. */
  String message();
}
