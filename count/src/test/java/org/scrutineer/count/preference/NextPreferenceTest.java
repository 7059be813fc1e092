package org.scrutineer.count.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;

/** Each rule option of the next-preference walk on hand-made ballots; candidates A=0, B=1, C=2, D=3. */
class NextPreferenceTest {
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;
  private static final int[] BLANK = {};
  private static final IntPredicate ALL = c -> true;

  private static int[] at(int... candidates) {
    return candidates;
  }

  private static IntPredicate continuing(Integer... candidates) {
    Set<Integer> set = Set.of(candidates);
    return set::contains;
  }

  private static NextPreference walk(CountRules rules) {
    return new NextPreference(rules);
  }

  private static final CountRules DEFAULTS = CountRules.defaults();

  @Test
  void firstPreferenceTakesTheVote() {
    var found = walk(DEFAULTS).find(RankedBallot.of(at(B), at(A)), 0, ALL);
    assertThat(found).isEqualTo(new NextPreference.Found(0, B));
  }

  @Test
  void aCandidateWhoLeftTheCountPassesTheVoteOn() {
    var found = walk(DEFAULTS).find(RankedBallot.of(at(B), at(A), at(C)), 0, continuing(C));
    assertThat(found).isEqualTo(new NextPreference.Found(2, C));
  }

  @Test
  void searchingFromALaterRankIgnoresEarlierOnes() {
    var found = walk(DEFAULTS).find(RankedBallot.of(at(B), at(A), at(C)), 1, ALL);
    assertThat(found).isEqualTo(new NextPreference.Found(1, A));
  }

  @Test
  void aBallotWithNoContinuingPreferenceIsExhausted() {
    assertThat(walk(DEFAULTS).find(RankedBallot.of(at(B), at(A)), 0, continuing(C)).exhausted()).isTrue();
    assertThat(walk(DEFAULTS).find(RankedBallot.of(), 0, ALL)).isEqualTo(NextPreference.EXHAUSTED);
  }

  @Nested
  class Overvotes {
    private final RankedBallot overvoteFirst = RankedBallot.of(at(A, B), at(C));

    @Test
    void exhaustStopsTheBallotAtTheOvervote() {
      var rules = DEFAULTS.withOvervote(Overvote.EXHAUST);
      assertThat(walk(rules).find(overvoteFirst, 0, ALL).exhausted()).isTrue();
    }

    @Test
    void exhaustStopsTheBallotEvenWhenNoOvervotedCandidateContinues() {
      var rules = DEFAULTS.withOvervote(Overvote.EXHAUST);
      assertThat(walk(rules).find(overvoteFirst, 0, continuing(C)).exhausted()).isTrue();
    }

    @Test
    void skipPassesOverTheOvervotedRank() {
      var rules = DEFAULTS.withOvervote(Overvote.SKIP);
      assertThat(walk(rules).find(overvoteFirst, 0, ALL)).isEqualTo(new NextPreference.Found(1, C));
    }

    @Test
    void exhaustIfMultipleContinuingExhaustsWhenTwoContinue() {
      var rules = DEFAULTS.withOvervote(Overvote.EXHAUST_IF_MULTIPLE_CONTINUING);
      assertThat(walk(rules).find(overvoteFirst, 0, ALL).exhausted()).isTrue();
    }

    @Test
    void exhaustIfMultipleContinuingGivesTheVoteToTheOnlyContinuingOne() {
      var rules = DEFAULTS.withOvervote(Overvote.EXHAUST_IF_MULTIPLE_CONTINUING);
      assertThat(walk(rules).find(overvoteFirst, 0, continuing(B, C))).isEqualTo(new NextPreference.Found(0, B));
    }

    @Test
    void exhaustIfMultipleContinuingPassesOverARankWhereNoneContinues() {
      var rules = DEFAULTS.withOvervote(Overvote.EXHAUST_IF_MULTIPLE_CONTINUING);
      assertThat(walk(rules).find(overvoteFirst, 0, continuing(C))).isEqualTo(new NextPreference.Found(1, C));
    }
  }

  @Nested
  class SkippedRanks {
    private final RankedBallot leadingGap = RankedBallot.of(BLANK, at(A));
    private final RankedBallot middleGap = RankedBallot.of(at(A), BLANK, at(B));
    private final RankedBallot twoGaps = RankedBallot.of(at(A), BLANK, BLANK, at(B));

    private NextPreference limit(int max) {
      return walk(DEFAULTS.withMaxSkippedRanks(OptionalInt.of(max)));
    }

    @Test
    void noneAllowedExhaustsAtALeadingGap() {
      assertThat(limit(0).find(leadingGap, 0, ALL).exhausted()).isTrue();
    }

    @Test
    void noneAllowedExhaustsAtAMiddleGapOnceTheCandidateBeforeItLeaves() {
      assertThat(limit(0).find(middleGap, 0, ALL)).isEqualTo(new NextPreference.Found(0, A));
      assertThat(limit(0).find(middleGap, 1, continuing(B)).exhausted()).isTrue();
    }

    @Test
    void oneAllowedPassesOneGapLeadingOrInTheMiddle() {
      assertThat(limit(1).find(leadingGap, 0, ALL)).isEqualTo(new NextPreference.Found(1, A));
      assertThat(limit(1).find(middleGap, 1, continuing(B))).isEqualTo(new NextPreference.Found(2, B));
    }

    @Test
    void oneAllowedExhaustsAtTwoGapsInARow() {
      assertThat(limit(1).find(twoGaps, 1, continuing(B)).exhausted()).isTrue();
    }

    @Test
    void gapsSeparatedByAMarkAreCountedSeparately() {
      var ballot = RankedBallot.of(BLANK, at(A), BLANK, at(B));
      assertThat(limit(1).find(ballot, 0, continuing(B))).isEqualTo(new NextPreference.Found(3, B));
    }

    @Test
    void unlimitedPassesAnyGap() {
      var rules = DEFAULTS.withMaxSkippedRanks(OptionalInt.empty());
      var ballot = RankedBallot.of(BLANK, BLANK, BLANK, at(A), BLANK, BLANK, at(B));
      assertThat(walk(rules).find(ballot, 0, continuing(B))).isEqualTo(new NextPreference.Found(6, B));
    }
  }

  @Nested
  class RepeatedCandidates {
    private final RankedBallot repeated = RankedBallot.of(at(A), at(A), at(B));

    @Test
    void exhaustStopsTheBallotAtTheRepeatOnceTheCandidateLeaves() {
      var rules = DEFAULTS.withDuplicate(DuplicateCandidate.EXHAUST);
      assertThat(walk(rules).find(repeated, 0, ALL)).isEqualTo(new NextPreference.Found(0, A));
      assertThat(walk(rules).find(repeated, 1, continuing(B)).exhausted()).isTrue();
    }

    @Test
    void skipPassesOverTheRepeat() {
      var rules = DEFAULTS.withDuplicate(DuplicateCandidate.SKIP);
      assertThat(walk(rules).find(repeated, 1, continuing(B))).isEqualTo(new NextPreference.Found(2, B));
    }

    @Test
    void skipLetsACandidateFirstMarkedInAPassedOverOvervoteTakeTheVote() {
      // RCTab (exhaustOnDuplicateCandidate off) counts [A|B], [A] for A when overvotes are skipped.
      var rules = DEFAULTS.withDuplicate(DuplicateCandidate.SKIP).withOvervote(Overvote.SKIP);
      var ballot = RankedBallot.of(at(A, B), at(A), at(C));
      assertThat(walk(rules).find(ballot, 0, ALL)).isEqualTo(new NextPreference.Found(1, A));
    }

    @Test
    void exhaustAlsoCountsMarksInsideAnOvervote() {
      var rules = DEFAULTS.withDuplicate(DuplicateCandidate.EXHAUST).withOvervote(Overvote.SKIP);
      var ballot = RankedBallot.of(at(A, B), at(A), at(C));
      assertThat(walk(rules).find(ballot, 0, ALL).exhausted()).isTrue();
    }

    @Test
    void aRepeatCountsAsAMarkForTheSkippedRankLimit() {
      var rules = DEFAULTS.withMaxSkippedRanks(OptionalInt.of(1));
      var ballot = RankedBallot.of(at(A), BLANK, at(A), BLANK, at(D));
      assertThat(walk(rules).find(ballot, 1, continuing(D))).isEqualTo(new NextPreference.Found(4, D));
    }
  }
}
