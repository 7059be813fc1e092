package org.scrutineer.count.method.irv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;
import org.scrutineer.count.tiebreak.TieBreaker;

/** Worked examples, by hand, and one example per rule option where the option changes the result. */
class InstantRunoffTest {
  private static final CountRules RULES = new InstantRunoff().defaults();

  private static CountReport irv(RankedBallots ballots) {
    return irv(ballots, RULES);
  }

  private static CountReport irv(RankedBallots ballots, CountRules rules) {
    return new InstantRunoff().count(ballots, 1, rules);
  }

  private static Map<String, BigDecimal> votes(Object... nameThenVotes) {
    var map = new java.util.LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < nameThenVotes.length; i += 2) {
      map.put((String) nameThenVotes[i], new BigDecimal(nameThenVotes[i + 1].toString()));
    }
    return map;
  }

  @Test
  void aFirstRoundMajorityWinsAtOnce() {
    var report = irv(TestBallots.of("A B C", "6: A", "3: B", "2: C"));
    assertThat(report.winners()).containsExactly("A");
    assertThat(report.rounds()).hasSize(1);
    Round round = report.rounds().get(0);
    assertThat(round.tally()).isEqualTo(votes("A", 6, "B", 3, "C", 2));
    assertThat(round.quota()).contains(new BigDecimal(6)); // floor(11 / 2) + 1
    assertThat(round.elected()).containsExactly("A");
    assertThat(report.quota()).isEmpty();
    assertThat(report.method()).isEqualTo("irv");
  }

  @Test
  void theLowestIsEliminatedAndItsBallotsMoveToTheirNextPreference() {
    var report = irv(TestBallots.of("A B C", "4: A B C", "3: B C A", "2: C B A"));
    assertThat(report.winners()).containsExactly("B");
    assertThat(report.rounds()).hasSize(2);
    Round first = report.rounds().get(0);
    assertThat(first.tally()).isEqualTo(votes("A", 4, "B", 3, "C", 2));
    assertThat(first.eliminated()).containsExactly("C");
    assertThat(first.transfers()).isEqualTo(Map.of("C", votes("B", 2)));
    Round second = report.rounds().get(1);
    assertThat(second.tally()).isEqualTo(votes("A", 4, "B", 5));
    assertThat(second.elected()).containsExactly("B");
  }

  @Test
  void exhaustedBallotsLeaveTheThresholdSoItFollowsTheContinuingVote() {
    var report = irv(TestBallots.of("A B C", "4: A", "3: B", "2: C"));
    Round first = report.rounds().get(0);
    assertThat(first.quota()).contains(new BigDecimal(5));
    assertThat(first.transfers()).isEqualTo(Map.of("C", votes(Round.EXHAUSTED, 2)));
    Round second = report.rounds().get(1);
    assertThat(second.exhausted()).isEqualByComparingTo("2");
    assertThat(second.quota()).contains(new BigDecimal(4)); // floor(7 / 2) + 1
    assertThat(report.winners()).containsExactly("A");
  }

  @Test
  void ofTheLastTwoTheOneWithMoreVotesWinsEvenBelowTheThreshold() {
    // Droop on whole votes: 2.6 of 5.2 is a majority but below floor(5.2 / 2) + 1 = 3 (RCTab #731).
    var report = irv(TestBallots.of("A B", "2.6: A", "2.4: B", "0.2: B"));
    assertThat(report.winners()).containsExactly("A");
    assertThat(report.rounds()).hasSize(1);
  }

  @Test
  void weightedBallotsCountExactly() {
    var report = irv(TestBallots.of("A B C", "2.5: A", "1.25: B A", "1.3: C B"));
    Round first = report.rounds().get(0);
    assertThat(first.tally()).isEqualTo(votes("A", "2.5", "B", "1.25", "C", "1.3"));
    assertThat(first.eliminated()).containsExactly("B");
    assertThat(report.rounds().get(1).tally()).isEqualTo(votes("A", "3.75", "C", "1.3"));
  }

  @Test
  void overvoteRuleDecidesTheWinner() {
    var ballots = TestBallots.of("A B C", "5: A", "4: B", "2: A|C B");
    assertThat(irv(ballots, RULES.withOvervote(Overvote.EXHAUST)).winners()).containsExactly("A");
    assertThat(irv(ballots, RULES.withOvervote(Overvote.SKIP)).winners()).containsExactly("B");
  }

  @Test
  void exhaustIfMultipleContinuingGivesTheOvervoteToTheOneLeft() {
    var ballots = TestBallots.of("A B C D", "5: A", "4: B", "3: D", "1: C", "3: C|D B");
    // Round 1: C|D both continue, so those 3 exhaust; C (1) goes; D 3 then goes, B wins 7 to 5.
    var multiple = irv(ballots, RULES.withOvervote(Overvote.EXHAUST_IF_MULTIPLE_CONTINUING));
    assertThat(multiple.rounds().get(0).exhausted()).isEqualByComparingTo("3");
    var skip = irv(ballots, RULES.withOvervote(Overvote.SKIP));
    assertThat(skip.rounds().get(0).tally().get("B")).isEqualByComparingTo("7");
  }

  @Test
  void skippedRankLimitDecidesTheWinner() {
    var ballots = TestBallots.of("A B", "5: A", "4: B", "2: _ _ B");
    assertThat(irv(ballots, RULES.withMaxSkippedRanks(OptionalInt.of(1))).winners()).containsExactly("A");
    assertThat(irv(ballots, RULES.withMaxSkippedRanks(OptionalInt.of(2))).winners()).containsExactly("B");
    assertThat(irv(ballots, RULES.withMaxSkippedRanks(OptionalInt.empty())).winners()).containsExactly("B");
  }

  @Test
  void duplicateRuleDecidesTheWinner() {
    var ballots = TestBallots.of("A B C", "4: A", "3: B", "2: C C B");
    assertThat(irv(ballots, RULES.withDuplicate(DuplicateCandidate.SKIP)).winners()).containsExactly("B");
    assertThat(irv(ballots, RULES.withDuplicate(DuplicateCandidate.EXHAUST)).winners()).containsExactly("A");
  }

  @Test
  void batchEliminationRemovesEveryoneWhoCannotOvertakeTheNextLowest() {
    var ballots = TestBallots.of("A B C D", "9: A", "6: B", "2: C B", "1: D C");
    var one = irv(ballots, RULES);
    assertThat(one.rounds().get(0).eliminated()).containsExactly("D");
    assertThat(one.rounds()).hasSize(3);
    var batch = irv(ballots, RULES.withBatchElimination(true));
    // C 2 + D 1 = 3 < B's 6: both go at once.
    assertThat(batch.rounds().get(0).eliminated()).containsExactly("C", "D");
    assertThat(batch.rounds().get(0).transfers()).isEqualTo(Map.of("C", votes("B", 2), "D", votes(Round.EXHAUSTED, 1)));
    assertThat(batch.rounds()).hasSize(2);
    assertThat(batch.winners()).isEqualTo(one.winners());
  }

  @Test
  void batchEliminationKeepsTheSingleLowestRuleWhenOnlyOneCannotCatchUp() {
    var ballots = TestBallots.of("A B C", "7: A", "6: B", "2: C B");
    var batch = irv(ballots, RULES.withBatchElimination(true));
    assertThat(batch.rounds().get(0).eliminated()).containsExactly("C");
  }

  @Test
  void continueUntilTwoKeepsEliminatingAfterTheWinnerIsFound() {
    var ballots = TestBallots.of("A B C", "6: A", "3: B", "2: C B");
    var plain = irv(ballots, RULES);
    assertThat(plain.rounds()).hasSize(1);
    var untilTwo = irv(ballots, RULES.withContinueUntilTwo(true));
    assertThat(untilTwo.winners()).containsExactly("A");
    assertThat(untilTwo.rounds()).hasSize(3);
    assertThat(untilTwo.rounds().get(0).elected()).containsExactly("A");
    // As RCTab: the round that elects eliminates no one; the next repeats its tally and eliminates.
    assertThat(untilTwo.rounds().get(1).tally()).isEqualTo(untilTwo.rounds().get(0).tally());
    assertThat(untilTwo.rounds().get(1).eliminated()).containsExactly("C");
    assertThat(untilTwo.rounds().get(2).tally()).isEqualTo(votes("A", 6, "B", 5));
    // The threshold stays at the winner's round's.
    assertThat(untilTwo.rounds().get(2).quota()).contains(new BigDecimal(6));
  }

  @Test
  void minimumVotesEliminatesEveryoneBelowItTogether() {
    var ballots = TestBallots.of("A B C D", "5: A", "4: B", "2: C B", "1: D B");
    assertThat(irv(ballots, RULES).rounds().get(0).eliminated()).containsExactly("D");
    var minimum = irv(ballots, RULES.withMinimumVotes(new BigDecimal(3)));
    assertThat(minimum.rounds().get(0).eliminated()).containsExactly("C", "D");
    assertThat(minimum.rounds()).hasSize(2);
    assertThat(minimum.winners()).containsExactly("B");
  }

  @Test
  void minimumVotesThatWouldLeaveNoOneIsAnErrorSayingWhatToChange() {
    var ballots = TestBallots.of("A B C", "2: A", "1: B", "1: C");
    assertThatThrownBy(() -> irv(ballots, RULES.withMinimumVotes(new BigDecimal(5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("round 1").hasMessageContaining("--minimum-votes");
  }

  @Test
  void fractionalThresholdElectsWhereTheWholeVoteDroopWaits() {
    var ballots = TestBallots.of("A B C", "2.8: A", "1.5: B", "1.2: C B");
    var whole = irv(ballots, RULES.withThreshold(Threshold.DROOP));
    assertThat(whole.rounds().get(0).quota()).contains(new BigDecimal(3));
    assertThat(whole.rounds()).hasSize(2);
    var fractional = irv(ballots, RULES.withThreshold(Threshold.DROOP_FRACTIONAL));
    assertThat(fractional.rounds().get(0).quota()).contains(new BigDecimal("2.7501"));
    assertThat(fractional.rounds()).hasSize(1);
    assertThat(fractional.winners()).containsExactly("A");
  }

  @Test
  void aTieForLastIsBrokenByTheRuleAndRecordedInTheRound() {
    var ballots = TestBallots.of("A B C", "3: A", "2: B A", "2: C B");
    var report = irv(ballots, RULES.withTieBreak(new TieBreak.CandidateOrder()));
    Round first = report.rounds().get(0);
    assertThat(first.eliminated()).containsExactly("C");
    assertThat(first.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.purpose()).isEqualTo(TieBreaker.Purpose.ELIMINATE);
      assertThat(tie.tied()).containsExactly("B", "C");
      assertThat(tie.chosen()).isEqualTo("C");
    });
    assertThat(report.winners()).containsExactly("B");
  }

  @Test
  void previousRoundTieBreakLooksAtEarlierRoundsAndCandidateOrderAtTheOfficialOrder() {
    // Round 1: A 5, C 3, B 2, D 1; D's ballot goes to B, so B and C tie at 3 in round 2. In round 1
    // B had fewer, so previous-round eliminates B; candidate order eliminates the later of the two,
    // C, or B when the official order is reversed.
    var ballots = TestBallots.of("A B C D", "5: A", "3: C A", "2: B", "1: D B");
    var previous = irv(ballots, RULES.withTieBreak(new TieBreak.PreviousRound()));
    assertThat(previous.rounds().get(1).eliminated()).containsExactly("B");
    assertThat(previous.rounds().get(1).tieBreaks().get(0).how()).contains("round 1");
    var byOrder = irv(ballots, RULES.withTieBreak(new TieBreak.CandidateOrder()));
    assertThat(byOrder.rounds().get(1).eliminated()).containsExactly("C");
    var reversed = irv(ballots, RULES.withTieBreak(new TieBreak.CandidateOrder()).withCandidateOrder(List.of("D", "C", "B", "A")));
    assertThat(reversed.rounds().get(1).eliminated()).containsExactly("B");
  }

  @Test
  void aSeededDrawIsRecordedAndTheSameEveryTime() {
    var ballots = TestBallots.of("A B C", "3: A", "2: B A", "2: C B");
    var rules = RULES.withTieBreak(new TieBreak.Random(2016));
    var report = irv(ballots, rules);
    assertThat(report.rounds().get(0).tieBreaks().get(0).how()).contains("seed 2016");
    assertThat(irv(ballots, rules)).isEqualTo(report);
  }

  @Test
  void theOfficialOrderOrdersEveryTally() {
    var ballots = TestBallots.of("A B C", "4: A", "3: B", "2: C");
    var report = irv(ballots, RULES.withCandidateOrder(List.of("C", "A", "B")));
    assertThat(report.rounds().get(0).tally().keySet()).containsExactly("C", "A", "B");
  }

  @Test
  void anOfficialOrderNamingAStrangerIsAnErrorListingTheCandidates() {
    var ballots = TestBallots.of("A B", "1: A");
    assertThatThrownBy(() -> irv(ballots, RULES.withCandidateOrder(List.of("A", "Z"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Z\"").hasMessageContaining("A, B");
  }

  @Test
  void irvFillsOneSeatOnly() {
    assertThatThrownBy(() -> new InstantRunoff().count(TestBallots.of("A B", "1: A"), 2, RULES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequential-irv");
  }

  @Test
  void noBallotsAtAllStillEndsWithATieBrokenBetweenTheLastTwo() {
    var report = irv(TestBallots.of("A B C"), RULES.withTieBreak(new TieBreak.CandidateOrder()));
    assertThat(report.winners()).containsExactly("A");
    assertThat(report.rounds()).hasSize(2);
  }

  @Test
  void sectionsAddUpToTheTotalsEveryRound() {
    var ballots = TestBallots.of("A B C", "members 3: A B", "members 2: C B", "supporters 2: B", "supporters 2: C",
        "affiliates 1: A", "affiliates 1: C");
    var report = irv(ballots);
    assertThat(report.sections().keySet()).containsExactly("members", "supporters", "affiliates");
    for (Round round : report.rounds()) {
      var sum = new java.util.HashMap<String, BigDecimal>();
      BigDecimal exhausted = BigDecimal.ZERO;
      for (List<SectionRound> perSection : report.sections().values()) {
        SectionRound s = perSection.get(round.round() - 1);
        assertThat(s.round()).isEqualTo(round.round());
        assertThat(s.tally().keySet()).isEqualTo(round.tally().keySet());
        s.tally().forEach((name, v) -> sum.merge(name, v, BigDecimal::add));
        exhausted = exhausted.add(s.exhausted());
      }
      round.tally().forEach((name, v) -> assertThat(sum.get(name)).isEqualByComparingTo(v));
      assertThat(exhausted).isEqualByComparingTo(round.exhausted());
    }
    // Round 1: A 4, B 2, C 4; B goes (2), its ballots exhaust; members' C ballots stay with C.
    assertThat(report.sections().get("members").get(0).tally()).isEqualTo(votes("A", 3, "B", 0, "C", 2));
  }
}
