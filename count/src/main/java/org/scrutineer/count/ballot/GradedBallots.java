package org.scrutineer.count.ballot;

import java.util.List;
import java.util.Objects;

/** The graded ballots of one majority-judgment count: every ballot grades every candidate. */
public record GradedBallots(Candidates candidates, int grades, List<GradedBallot> ballots) {
  public GradedBallots {
    Objects.requireNonNull(candidates, "candidates");
    if (grades < 1) {
      throw new IllegalArgumentException("a grading needs at least one grade, got " + grades);
    }
    ballots = List.copyOf(ballots);
    for (GradedBallot ballot : ballots) {
      int[] g = ballot.grades();
      if (g.length != candidates.size()) {
        throw new IllegalArgumentException("ballot " + ballot + " grades " + g.length + " of " + candidates.size() + " candidates");
      }
      for (int grade : g) {
        if (grade < 0 || grade > grades) {
          throw new IllegalArgumentException("ballot " + ballot + " has grade " + grade + " outside 0.." + grades);
        }
      }
    }
  }
}
