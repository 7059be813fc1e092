package org.scrutineer.count.input;

import java.util.Objects;

/** A line is wrong as a whole (wrong number of fields, no end marker): {@code FILE:LINE: PROBLEM (FIX)}. */
public record LineError(String file, long line, String problem, String fix) implements InputError {
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
