package org.scrutineer.count.preference;

import java.util.Objects;
import java.util.function.IntPredicate;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;

/**
 * Where a ranked ballot's vote goes: the first continuing candidate at or after a rank, under the
 * overvote, skipped-rank and repeated-candidate rules (docs/counting.md). Every IRV and STV method
 * asks here, so the three rules mean the same in all of them.
 *
 * <p>Order of the checks at each rank, as RCTab applies them: a blank rank counts towards the
 * skipped-rank limit (exhausting the ballot once more than the limit are passed in a row); a rank
 * holding a candidate already ranked higher exhausts the ballot under {@code --duplicate exhaust}
 * (under {@code skip} it is read like any other rank); a rank with more
 * than one candidate applies the overvote rule; otherwise a continuing candidate takes the vote and a
 * candidate who has left the count passes it on.
 */
public final class NextPreference {
  private final Overvote overvote;
  private final int maxSkipped;
  private final DuplicateCandidate duplicate;

  public NextPreference(CountRules rules) {
    Objects.requireNonNull(rules, "rules");
    this.overvote = rules.overvote();
    this.maxSkipped = rules.maxSkippedRanks().orElse(Integer.MAX_VALUE);
    this.duplicate = rules.duplicate();
  }

  /** The result of a search: the rank and candidate the vote goes to, or {@link #EXHAUSTED}. */
  public record Found(int rank, int candidate) {
    public boolean exhausted() {
      return candidate < 0;
    }
  }

  /** No further continuing preference: the ballot is exhausted. */
  public static final Found EXHAUSTED = new Found(-1, -1);

  /**
   * The first continuing candidate at or after rank {@code fromRank} (0-based). Call with 0 for a
   * ballot's first preference and with the previous {@link Found#rank()} + 1 when its candidate
   * leaves the count. Skipped ranks are counted from {@code fromRank}, which is either the start of
   * the ballot or just after a marked rank.
   *
   * @param continuing whether a candidate is still in the count
   */
  public Found find(RankedBallot ballot, int fromRank, IntPredicate continuing) {
    int skippedInARow = 0;
    for (int r = fromRank; r < ballot.rankCount(); r++) {
      int[] marks = ballot.at(r);
      if (marks.length == 0) {
        skippedInARow++;
        if (skippedInARow > maxSkipped) {
          return EXHAUSTED;
        }
        continue;
      }
      skippedInARow = 0;
      // Under "skip" a repeated mark needs no rule of its own: a candidate marked earlier either took
      // the vote there or had left the count, so passes on here too; only a candidate whose earlier
      // mark was part of a passed-over overvote can take the vote here, and does (RCTab, with
      // exhaustOnDuplicateCandidate off, makes no duplicate check at all).
      if (duplicate == DuplicateCandidate.EXHAUST && repeatsEarlierRank(ballot, r)) {
        return EXHAUSTED;
      }
      if (marks.length > 1) {
        switch (overvote) {
          case EXHAUST:
            return EXHAUSTED;
          case SKIP:
            continue;
          case EXHAUST_IF_MULTIPLE_CONTINUING:
            int only = -1;
            int count = 0;
            for (int c : marks) {
              if (continuing.test(c)) {
                count++;
                only = c;
              }
            }
            if (count > 1) {
              return EXHAUSTED;
            }
            if (count == 1) {
              return new Found(r, only);
            }
            continue;
          default:
            throw new IllegalStateException("unknown overvote rule " + overvote);
        }
      }
      if (continuing.test(marks[0])) {
        return new Found(r, marks[0]);
      }
    }
    return EXHAUSTED;
  }

  /** Whether any candidate at rank r was marked at an earlier rank of the same ballot. */
  private static boolean repeatsEarlierRank(RankedBallot ballot, int r) {
    for (int c : ballot.at(r)) {
      for (int earlier = 0; earlier < r; earlier++) {
        for (int d : ballot.at(earlier)) {
          if (c == d) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
