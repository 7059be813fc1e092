package org.scrutineer.nominations.error;

import java.util.Objects;

/**
 * A file is wrong as a whole (no header, a required column missing, not readable as CSV or JSON):
 * {@code FILE: PROBLEM (FIX)}.
 */
public record FileError(String file, String problem, String fix) implements NominationError {
  public FileError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ": " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
