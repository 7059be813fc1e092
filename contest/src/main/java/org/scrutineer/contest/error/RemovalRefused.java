package org.scrutineer.contest.error;

import java.util.Objects;

/**
 * A vote removal that cannot be recorded: {@code removal of VOTER: FIELD PROBLEM (FIX)}.
 *
 * @param voter the voter id as given
 * @param field the part of the request at fault ({@code voter}, {@code reason}, {@code authority},
 *     {@code decided})
 */
public record RemovalRefused(String voter, String field, String problem, String fix) implements ContestError {
  public RemovalRefused {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return "removal of " + (voter.isBlank() ? "(no voter id)" : voter) + ": " + field + " " + problem + " (" + fix + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
