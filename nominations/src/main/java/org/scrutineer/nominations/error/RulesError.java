package org.scrutineer.nominations.error;

import java.util.Objects;

/**
 * A value in the rules file is missing or wrong: {@code FILE: PATH: PROBLEM (FIX)}, where PATH is
 * the JSON path of the member, e.g. {@code parliamentary.threshold.rounding}.
 */
public record RulesError(String file, String path, String problem, String fix) implements NominationError {
  public RulesError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ": " + (path.isEmpty() ? "" : path + ": ") + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
