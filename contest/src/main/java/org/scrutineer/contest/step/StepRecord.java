package org.scrutineer.contest.step;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run of a step as {@code contest.json} records it: the files it wrote (paths inside the contest
 * directory) with their SHA-256 in hex, so that every later step can check they are still what was
 * written.
 */
public record StepRecord(Step step, Map<String, String> files) {
  public StepRecord {
    Objects.requireNonNull(step, "step");
    if (step.repeat() == Repeat.READ_ONLY) {
      throw new IllegalArgumentException(step.command() + " writes nothing and is not recorded");
    }
    files.forEach((file, digest) -> {
      if (file.isBlank() || file.startsWith("/") || file.contains("..")) {
        throw new IllegalArgumentException("not a path inside the contest directory: \"" + file + "\"");
      }
      if (!digest.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException(file + ": not a SHA-256 in lower-case hex: \"" + digest + "\"");
      }
    });
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public static StepRecord of(Step step) {
    return new StepRecord(step, Map.of());
  }
}
