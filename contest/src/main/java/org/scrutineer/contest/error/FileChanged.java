package org.scrutineer.contest.error;

import java.util.Objects;

/**
 * A file an earlier step wrote is not what it wrote: every later step refuses to build on it.
 *
 * @param file the path inside the contest directory
 * @param writtenBy the step that wrote it
 * @param recorded the SHA-256 (hex) recorded when it was written
 * @param found the SHA-256 now; empty when the file is gone
 */
public record FileChanged(String file, String writtenBy, String recorded, String found) implements ContestError {
  public FileChanged {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(writtenBy, "writtenBy");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(found, "found");
  }

  @Override
  public String message() {
    String what = found.isEmpty() ? "is missing" : "changed (SHA-256 now " + found + ")";
    return file + " " + what + " since `scrutineer contest " + writtenBy + "` wrote it (SHA-256 " + recorded
        + "): restore it from a copy, or redo `scrutineer contest " + writtenBy + "` if that step may still run";
  }

  @Override
  public String toString() {
    return message();
  }
}
