package org.scrutineer.count.input;

import java.util.Objects;

/**
 * One field of one line is wrong: {@code FILE:LINE: FIELD "VALUE" PROBLEM (FIX)}, e.g. {@code
 * ballots.csv:17: column r2 "Smiht" is not a candidate (expected one of Smith, Corbyn)}.
 *
 * @param line the 1-based line of the file (a CSV header is line 1)
 * @param field where on the line: {@code column r2} (CSV), {@code weight} or {@code preference 3}
 *     (.blt, PrefLib)
 */
public record FieldError(String file, long line, String field, String value, String problem, String fix)
    implements InputError {
  public FieldError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ":" + line + ": " + field + " \"" + value + "\" " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
