package org.scrutineer.nominations.error;

import java.util.Objects;

/**
 * One field of one CSV line is wrong: {@code FILE:LINE: column COLUMN "VALUE" PROBLEM (FIX)}.
 *
 * @param line the 1-based line of the file the record starts on (the header is line 1)
 * @param column the column's name in the header
 * @param value the field as read
 * @param problem what is wrong, e.g. {@code is not a timestamp}
 * @param fix what to write instead, e.g. {@code expected ISO-8601 like 2016-07-18T17:00:00+01:00}
 */
public record FieldError(String file, long line, String column, String value, String problem, String fix)
    implements NominationError {
  public FieldError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ":" + line + ": column " + column + " \"" + value + "\" " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
