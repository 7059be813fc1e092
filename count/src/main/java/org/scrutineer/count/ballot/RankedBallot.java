package org.scrutineer.count.ballot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ranked ballot (or a group of identical ones: {@code weight} is how many ballots, or the
 * voting weight, it stands for).
 *
 * <p>{@code ranks[r]} holds the candidate indices marked at rank r + 1, in the order written:
 * empty is a skipped rank, more than one is an overvote (IRV, STV) or an equal ranking (Schulze).
 * A candidate may appear at several ranks (a repeated candidate); the preference rules decide.
 *
 * @param section the electorate section the ballot was cast in ({@code ""} when the count has none)
 */
public record RankedBallot(int[][] ranks, BigDecimal weight, String section) {
  public RankedBallot {
    Objects.requireNonNull(ranks, "ranks");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(section, "section");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("a ballot's weight is negative: " + weight);
    }
    int[][] copy = new int[ranks.length][];
    for (int r = 0; r < ranks.length; r++) {
      copy[r] = ranks[r].clone();
    }
    ranks = copy;
  }

  /** A ballot of weight 1 in no section. */
  public static RankedBallot of(int[]... ranks) {
    return new RankedBallot(ranks, BigDecimal.ONE, "");
  }

  public int rankCount() {
    return ranks.length;
  }

  /** The candidates at rank {@code r} (0-based); do not modify. */
  public int[] at(int r) {
    return ranks[r];
  }

  @Override
  public int[][] ranks() {
    int[][] copy = new int[ranks.length][];
    for (int r = 0; r < ranks.length; r++) {
      copy[r] = ranks[r].clone();
    }
    return copy;
  }

  /** A hash of the marks and section, consistent with {@link #sameMarks}. */
  int marksHash() {
    return Arrays.deepHashCode(ranks) * 31 + section.hashCode();
  }

  /** Same marks and section: such ballots may be merged by adding their weights. */
  public boolean sameMarks(RankedBallot other) {
    return section.equals(other.section) && Arrays.deepEquals(ranks, other.ranks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankedBallot other && sameMarks(other) && weight.compareTo(other.weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.deepHashCode(ranks), section);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(ranks) + "×" + weight.toPlainString() + (section.isEmpty() ? "" : "@" + section);
  }
}
