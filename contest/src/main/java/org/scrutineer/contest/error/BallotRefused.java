package org.scrutineer.contest.error;

import java.util.Objects;

/**
 * A ballot {@code scrutineer contest cast} does not accept: {@code ballot N (SECTION): PROBLEM (FIX)}.
 * It names the ballot by its place in the input and never says anything about its content.
 *
 * @param ballot 1-based, in the order given
 * @param section the section's key, or empty when the ballot names no election of this contest
 */
public record BallotRefused(int ballot, String section, String problem, String fix) implements ContestError {
  public BallotRefused {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return "ballot " + ballot + (section.isEmpty() ? "" : " (" + section + ")") + ": " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
