package org.scrutineer.contest.error;

import java.util.Objects;

/**
 * Counts that cannot make a published result, e.g. more ballots than eligible voters in a section:
 * {@code result, SECTION: PROBLEM}. They come from verified archives, so this means the contest
 * directory and the archives disagree.
 *
 * @param section the section's key, or {@code total}
 */
public record ResultRefused(String section, String problem) implements ContestError {
  public ResultRefused {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String message() {
    return "result, " + section + ": " + problem;
  }

  @Override
  public String toString() {
    return message();
  }
}
