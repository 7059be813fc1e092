package org.scrutineer.count.input;

import java.util.Objects;

/** A file is wrong as a whole (empty, no header, not CSV or JSON): {@code FILE: PROBLEM (FIX)}. */
public record FileError(String file, String problem, String fix) implements InputError {
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
