package org.scrutineer.count.input.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.ballot.RankedBallots;

class BeleniosBallotConversionTest {
  private static final Candidates ABCD = Candidates.of(List.of("A", "B", "C", "D"));

  @Test
  void equalNumbersShareARankAndAMissingNumberIsASkippedRank() {
    RankedBallots ranked =
        BeleniosBallotConversion.ranked(new BeleniosBallots(List.of(new long[] {3, 1, 0, 1})), ABCD).orThrow();
    int[][] ranks = ranked.ballots().get(0).ranks();
    assertThat(ranks.length).isEqualTo(3);
    assertThat(ranks[0]).containsExactly(1, 3);
    assertThat(ranks[1]).isEmpty();
    assertThat(ranks[2]).containsExactly(0);
  }

  @Test
  void everyWrongLengthAndNegativeRankIsNamedByBallot() {
    var read = BeleniosBallotConversion.ranked(
        new BeleniosBallots(List.of(new long[] {1, 2, 3, 4}, new long[] {1, 2}, new long[] {1, -2, 0, 0})), ABCD);
    List<String> problems = ((BeleniosInput.Problems<RankedBallots>) read).problems();
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("ballot 2 has 2 entries but the question has 4 choices");
    assertThat(problems.get(1)).startsWith("ballot 3: choice 2 (B) has rank -2");
  }

  @Test
  void gradesOutsideTheScaleAreNamedWithTheScale() {
    var read = BeleniosBallotConversion.graded(new BeleniosBallots(List.of(new long[] {1, 2, 6, 0})), ABCD, 5);
    assertThat(((BeleniosInput.Problems<GradedBallots>) read).problems())
        .containsExactly("ballot 1: choice 3 (C) has grade 6; grades are 1 (best) to 5, 0 for not graded");
  }
}
