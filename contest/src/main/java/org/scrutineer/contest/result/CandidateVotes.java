package org.scrutineer.contest.result;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate's line in a section's result.
 *
 * @param percent of the valid votes, as {@link Percentage} rounds it; empty when there are none
 */
public record CandidateVotes(String candidate, long votes, Optional<BigDecimal> percent) {
  public CandidateVotes {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(percent, "percent");
  }
}
