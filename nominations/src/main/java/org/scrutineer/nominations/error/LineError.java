package org.scrutineer.nominations.error;

import java.util.Objects;

/**
 * A CSV line is wrong as a whole (wrong number of fields, a nominator listed twice): {@code
 * FILE:LINE: PROBLEM (FIX)}.
 *
 * @param line the 1-based line of the file the record starts on
 */
public record LineError(String file, long line, String problem, String fix) implements NominationError {
  public LineError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ":" + line + ": " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
