package org.scrutineer.count.input;

import java.util.Objects;

/**
 * A key of a rules file is unknown or its value is wrong: {@code FILE: key KEY: PROBLEM (FIX)}
 * (docs/formats/count-rules.md).
 */
public record KeyError(String file, String key, String problem, String fix) implements InputError {
  public KeyError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return file + ": key " + key + ": " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
