package org.scrutineer.contest.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section's published result, or the total's: the table the party publishes.
 *
 * @param label the section's key ({@code member}, {@code registered_supporter}, {@code
 *     affiliated_supporter}) or {@code total}
 * @param issued credentials issued
 * @param removed votes removed after issue
 * @param eligible issued minus removed: the voters whose ballot could count
 * @param ballots counted ballots: {@code valid + spoilt}
 * @param candidates each candidate's votes and share of the valid votes, in ballot order
 * @param turnout {@code ballots} as a percentage of {@code eligible}; empty when nobody is eligible
 */
public record ResultLine(
    String label,
    long issued,
    long removed,
    long eligible,
    long ballots,
    long spoilt,
    long valid,
    List<CandidateVotes> candidates,
    Optional<BigDecimal> turnout) {
  public static final String TOTAL = "total";

  public ResultLine {
    Objects.requireNonNull(label, "label");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(turnout, "turnout");
    if (eligible != issued - removed || ballots != valid + spoilt
        || valid != candidates.stream().mapToLong(CandidateVotes::votes).sum()) {
      throw new IllegalArgumentException(label + ": the figures do not add up");
    }
  }
}
