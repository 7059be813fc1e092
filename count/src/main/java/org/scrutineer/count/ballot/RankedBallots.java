package org.scrutineer.count.ballot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranked ballots of one count and its candidates. Every candidate index on a ballot is in
 * range (checked here, so methods need not).
 */
public record RankedBallots(Candidates candidates, List<RankedBallot> ballots) {
  public RankedBallots {
    Objects.requireNonNull(candidates, "candidates");
    ballots = List.copyOf(ballots);
    for (RankedBallot ballot : ballots) {
      for (int r = 0; r < ballot.rankCount(); r++) {
        for (int c : ballot.at(r)) {
          if (c < 0 || c >= candidates.size()) {
            throw new IllegalArgumentException("ballot " + ballot + " names candidate " + c + " of " + candidates.size());
          }
        }
      }
    }
  }

  /**
   * Identical ballots (same marks, same section) merged into one whose weight is their sum, in the
   * order each first appears. A million ballots of five candidates become a few hundred; no method's
   * result depends on it, because every method counts weights.
   */
  public RankedBallots grouped() {
    Map<Key, BigDecimal> weights = new LinkedHashMap<>();
    Map<Key, RankedBallot> first = new LinkedHashMap<>();
    for (RankedBallot ballot : ballots) {
      Key key = new Key(ballot);
      weights.merge(key, ballot.weight(), BigDecimal::add);
      first.putIfAbsent(key, ballot);
    }
    List<RankedBallot> merged = new ArrayList<>(weights.size());
    weights.forEach((key, weight) -> merged.add(new RankedBallot(first.get(key).ranks(), weight, key.ballot.section())));
    return new RankedBallots(candidates, merged);
  }

  /** The sections named on the ballots, in the order they first appear; empty when none is. */
  public List<String> sections() {
    var sections = new LinkedHashSet<String>();
    for (RankedBallot ballot : ballots) {
      if (!ballot.section().isEmpty()) {
        sections.add(ballot.section());
      }
    }
    return List.copyOf(sections);
  }

  /** The sum of all weights. */
  public BigDecimal totalWeight() {
    BigDecimal total = BigDecimal.ZERO;
    for (RankedBallot ballot : ballots) {
      total = total.add(ballot.weight());
    }
    return total;
  }

  private static final class Key {
    private final RankedBallot ballot;
    private final int hash;

    Key(RankedBallot ballot) {
      this.ballot = ballot;
      this.hash = ballot.marksHash();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && ballot.sameMarks(other.ballot);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
