package org.scrutineer.count.method.irv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.rules.CountRules;

/**
 * The ballots a count of this family works on: grouped (identical ballots merged, so a million
 * ballots of five candidates become a few hundred), with the candidates in the official order of
 * {@code --candidates} when it is given. The official order decides candidate-order tie-breaks and
 * the order of every tally in the report.
 */
final class OfficialOrder {
  private OfficialOrder() {}

  /**
   * @throws IllegalArgumentException if {@code --candidates} names someone the input does not
   *     know, or names someone twice
   */
  static RankedBallots apply(RankedBallots ballots, CountRules rules) {
    RankedBallots grouped = ballots.grouped();
    List<String> order = rules.candidateOrder();
    Candidates input = grouped.candidates();
    if (order.isEmpty() || order.equals(input.names())) {
      return grouped;
    }
    var names = new LinkedHashSet<String>();
    for (String name : order) {
      if (input.indexOf(name).isEmpty()) {
        throw new IllegalArgumentException("--candidates names \"" + name + "\", who is not a candidate in the input "
            + "(the input's candidates are " + String.join(", ", input.names()) + ")");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("--candidates names \"" + name + "\" twice; list each candidate once");
      }
    }
    // Candidates the flag leaves out keep their input order after those it lists.
    names.addAll(input.names());
    Candidates official = Candidates.of(new ArrayList<>(names));
    int[] newIndex = new int[input.size()];
    for (int c = 0; c < input.size(); c++) {
      newIndex[c] = official.indexOf(input.name(c)).orElseThrow();
    }
    List<RankedBallot> renumbered = new ArrayList<>(grouped.ballots().size());
    for (RankedBallot ballot : grouped.ballots()) {
      int[][] ranks = ballot.ranks();
      for (int[] rank : ranks) {
        for (int i = 0; i < rank.length; i++) {
          rank[i] = newIndex[rank[i]];
        }
      }
      renumbered.add(new RankedBallot(ranks, ballot.weight(), ballot.section()));
    }
    return new RankedBallots(official, renumbered);
  }
}
