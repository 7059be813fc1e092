package org.scrutineer.electorate;

import java.util.Objects;

/**
 * Something wrong in a file a user gave, said so that they can fix it: where (file, line, column or
 * field) and what to do. The electorate module's one error type; readers collect every problem of
 * a file instead of stopping at the first.
 *
 * @param line 1-based line, or 0 when the problem is with the file as a whole
 * @param field the CSV column or JSON field at fault; empty when none
 * @param message what is wrong and how to fix it
 */
public record InputProblem(String file, long line, String field, String message) {
  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code members.csv:1042: column joined_on: "2016-13-01" is not a date (expected YYYY-MM-DD)}. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    if (field.isEmpty()) {
      return where + ": " + message;
    }
    return where + ": " + (line > 0 ? "column " : "field ") + field + ": " + message;
  }
}
