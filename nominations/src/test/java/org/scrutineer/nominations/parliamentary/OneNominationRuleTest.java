package org.scrutineer.nominations.parliamentary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.nominations.Fixtures.CLOSE;
import static org.scrutineer.nominations.Fixtures.CORBYN;
import static org.scrutineer.nominations.Fixtures.EAGLE;
import static org.scrutineer.nominations.Fixtures.SMITH;
import static org.scrutineer.nominations.Fixtures.at;
import static org.scrutineer.nominations.Fixtures.contest2016;
import static org.scrutineer.nominations.Fixtures.nomination;
import static org.scrutineer.nominations.Fixtures.register;
import static org.scrutineer.nominations.Fixtures.withdrawal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneNominationRuleTest {
  private static final NominatorRegister REGISTER = register(10, 2);
  private static final Set<NominatorKind> BOTH = Set.of(NominatorKind.MP, NominatorKind.MEP);

  private static ParliamentaryDecisions decide(List<Nomination> nominations, List<Withdrawal> withdrawals) {
    return OneNominationRule.decide(REGISTER, nominations, withdrawals, contest2016(), BOTH);
  }

  private static NominationDecision only(List<Nomination> nominations) {
    List<NominationDecision> decisions = decide(nominations, List.of()).nominations();
    assertThat(decisions).hasSize(1);
    return decisions.get(0);
  }

  private static NominationDecision decisionOf(ParliamentaryDecisions decisions, Nomination nomination) {
    return decisions.nominations().stream().filter(d -> d.nomination().equals(nomination)).findFirst().orElseThrow();
  }

  @Test
  void singleValidNominationCounts() {
    NominationDecision decision = only(List.of(nomination("mp-1", SMITH, at("2016-07-18T10:00"))));
    assertThat(decision.reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decision.explanation())
        .isEqualTo("counts for Owen Smith: the nominator's latest valid nomination, not withdrawn before the close at 2016-07-20T17:00:00+01:00");
  }

  @Test
  void nominationAtTheCloseIsInTimeAndOneSecondLaterIsNot() {
    assertThat(only(List.of(nomination("mp-1", SMITH, CLOSE))).reason()).isEqualTo(NominationReason.COUNTED);
    NominationDecision late = only(List.of(nomination("mp-1", SMITH, CLOSE.plusSeconds(1))));
    assertThat(late.reason()).isEqualTo(NominationReason.AFTER_CLOSE);
    assertThat(late.explanation())
        .isEqualTo("made at 2016-07-20T17:00:01+01:00, after nominations closed at 2016-07-20T17:00:00+01:00");
  }

  @Test
  void momentsAreComparedAsInstantsWhateverTheirOffset() {
    // 16:30 UTC is 17:30 BST: after the close, although 16:30 < 17:00 as written
    assertThat(only(List.of(nomination("mp-1", SMITH, OffsetDateTime.parse("2016-07-20T16:30:00Z")))).reason())
        .isEqualTo(NominationReason.AFTER_CLOSE);
    assertThat(only(List.of(nomination("mp-1", SMITH, OffsetDateTime.parse("2016-07-20T15:59:59Z")))).reason())
        .isEqualTo(NominationReason.COUNTED);
  }

  @Test
  void nominationOfSomeoneNotDeclaredIsInvalidAndACloseNameIsSuggested() {
    NominationDecision decision = only(List.of(nomination("mp-1", "Owen smith", at("2016-07-18T10:00"))));
    assertThat(decision.reason()).isEqualTo(NominationReason.NOT_A_CANDIDATE);
    assertThat(decision.explanation())
        .isEqualTo("\"Owen smith\" is not a declared candidate (did you mean \"Owen Smith\"? names must match exactly);"
            + " declared: Jeremy Corbyn, Owen Smith, Angela Eagle");
    assertThat(only(List.of(nomination("mp-1", "Tom Watson", at("2016-07-18T10:00")))).explanation())
        .doesNotContain("did you mean");
  }

  @Test
  void nominationOfAWithdrawnCandidateNeverCountsAndDoesNotDisplaceAnEarlierOne() {
    Nomination smith = nomination("mp-1", SMITH, at("2016-07-18T09:00"));
    Nomination eagle = nomination("mp-1", EAGLE, at("2016-07-18T10:00"));
    ParliamentaryDecisions decisions = decide(List.of(eagle, smith), List.of());
    assertThat(decisionOf(decisions, eagle).reason()).isEqualTo(NominationReason.CANDIDATE_WITHDREW);
    assertThat(decisionOf(decisions, eagle).explanation()).startsWith("Angela Eagle withdrew from the contest at 2016-07-19T12:00:00+01:00");
    assertThat(decisionOf(decisions, smith).reason()).isEqualTo(NominationReason.COUNTED);
  }

  @Test
  void latestValidNominationCountsAndEarlierOnesAreSuperseded() {
    Nomination first = new Nomination("mp-1", CORBYN, at("2016-07-18T09:00"), "nominations.csv:2");
    Nomination second = new Nomination("mp-1", SMITH, at("2016-07-19T09:00"), "nominations.csv:3");
    ParliamentaryDecisions decisions = decide(List.of(second, first), List.of());
    assertThat(decisionOf(decisions, second).reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decisionOf(decisions, first).reason()).isEqualTo(NominationReason.SUPERSEDED);
    assertThat(decisionOf(decisions, first).explanation())
        .isEqualTo("superseded by the nominator's later nomination of Owen Smith at 2016-07-19T09:00:00+01:00 (nominations.csv:3)");
  }

  @Test
  void aLaterInvalidNominationDoesNotSupersedeAValidOne() {
    Nomination valid = nomination("mp-1", SMITH, at("2016-07-18T09:00"));
    Nomination typo = nomination("mp-1", "Owen Smyth", at("2016-07-19T09:00"));
    Nomination late = nomination("mp-1", CORBYN, at("2016-07-21T09:00"));
    ParliamentaryDecisions decisions = decide(List.of(valid, typo, late), List.of());
    assertThat(decisionOf(decisions, valid).reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decisionOf(decisions, typo).reason()).isEqualTo(NominationReason.NOT_A_CANDIDATE);
    assertThat(decisionOf(decisions, late).reason()).isEqualTo(NominationReason.AFTER_CLOSE);
  }

  @Test
  void withdrawalWithdrawsEveryEarlierNominationAndANewOneAfterItCounts() {
    Nomination before = nomination("mp-1", SMITH, at("2016-07-18T09:00"));
    Nomination sameMoment = nomination("mp-1", SMITH, at("2016-07-19T09:00"));
    Withdrawal withdrawal = new Withdrawal("mp-1", at("2016-07-19T09:00"), "withdrawals.csv:2");
    Nomination after = nomination("mp-1", CORBYN, at("2016-07-20T09:00"));
    ParliamentaryDecisions decisions = decide(List.of(after, sameMoment, before), List.of(withdrawal));
    assertThat(decisionOf(decisions, before).reason()).isEqualTo(NominationReason.WITHDRAWN);
    assertThat(decisionOf(decisions, sameMoment).reason()).isEqualTo(NominationReason.WITHDRAWN);
    assertThat(decisionOf(decisions, sameMoment).explanation())
        .isEqualTo("withdrawn by the nominator at 2016-07-19T09:00:00+01:00 (withdrawals.csv:2)");
    assertThat(decisionOf(decisions, after).reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decisions.withdrawals()).singleElement().satisfies(d -> {
      assertThat(d.effect()).isEqualTo(WithdrawalEffect.WITHDREW);
      assertThat(d.explanation()).isEqualTo("withdrew the nomination of Owen Smith made at 2016-07-18T09:00:00+01:00,"
          + " the nomination of Owen Smith made at 2016-07-19T09:00:00+01:00");
    });
  }

  @Test
  void withdrawalWithoutANewNominationLeavesTheNominatorWithNone() {
    ParliamentaryDecisions decisions = decide(
        List.of(nomination("mp-1", SMITH, at("2016-07-18T09:00"))), List.of(withdrawal("mp-1", at("2016-07-19T09:00"))));
    assertThat(decisions.countedFor(SMITH)).isEmpty();
  }

  @Test
  void withdrawalAfterTheCloseHasNoEffect() {
    Nomination nomination = nomination("mp-1", SMITH, at("2016-07-18T09:00"));
    ParliamentaryDecisions decisions = decide(List.of(nomination), List.of(withdrawal("mp-1", at("2016-07-20T18:30"))));
    assertThat(decisionOf(decisions, nomination).reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decisions.withdrawals().get(0).effect()).isEqualTo(WithdrawalEffect.AFTER_CLOSE);
    assertThat(decisions.withdrawals().get(0).explanation())
        .isEqualTo("made at 2016-07-20T18:30:00+01:00, after nominations closed at 2016-07-20T17:00:00+01:00:"
            + " it has no effect and any nomination it meant to withdraw stands");
  }

  @Test
  void withdrawalWithNothingStandingIsReportedAsSuch() {
    ParliamentaryDecisions decisions = decide(
        List.of(nomination("mp-1", SMITH, at("2016-07-19T09:00"))), List.of(withdrawal("mp-1", at("2016-07-18T09:00"))));
    assertThat(decisions.withdrawals().get(0).effect()).isEqualTo(WithdrawalEffect.NOTHING_TO_WITHDRAW);
    assertThat(decisions.countedFor(SMITH)).hasSize(1);
    assertThat(decide(List.of(), List.of(withdrawal("mp-99", at("2016-07-18T09:00")))).withdrawals().get(0).effect())
        .isEqualTo(WithdrawalEffect.NOT_ON_REGISTER);
  }

  @Test
  void twoCandidatesAtTheSameLastMomentConflictAndNeitherCounts() {
    Nomination earlier = nomination("mp-1", CORBYN, at("2016-07-18T09:00"));
    Nomination smith = nomination("mp-1", SMITH, at("2016-07-19T09:00"));
    Nomination corbyn = nomination("mp-1", CORBYN, OffsetDateTime.parse("2016-07-19T08:00:00Z")); // the same instant
    ParliamentaryDecisions decisions = decide(List.of(earlier, smith, corbyn), List.of());
    assertThat(decisionOf(decisions, smith).reason()).isEqualTo(NominationReason.CONFLICTING);
    assertThat(decisionOf(decisions, smith).explanation())
        .isEqualTo("made at the same moment as the nominator's nomination of Jeremy Corbyn: which was made last cannot be told,"
            + " so none of them counts");
    assertThat(decisionOf(decisions, corbyn).reason()).isEqualTo(NominationReason.CONFLICTING);
    assertThat(decisionOf(decisions, earlier).reason()).isEqualTo(NominationReason.SUPERSEDED);
    assertThat(decisions.nominations()).noneMatch(NominationDecision::counted);
  }

  @Test
  void theSameNominationTwiceCountsOnce() {
    Nomination first = new Nomination("mp-1", SMITH, at("2016-07-19T09:00"), "nominations.csv:2");
    Nomination again = new Nomination("mp-1", SMITH, at("2016-07-19T09:00"), "nominations.csv:9");
    ParliamentaryDecisions decisions = decide(List.of(again, first), List.of());
    assertThat(decisionOf(decisions, first).reason()).isEqualTo(NominationReason.COUNTED);
    assertThat(decisionOf(decisions, again).reason()).isEqualTo(NominationReason.DUPLICATE);
    assertThat(decisionOf(decisions, again).explanation())
        .isEqualTo("the same nomination as the one counted (nominations.csv:2) (same nominator, candidate and moment)");
    // the very same object twice is still one nomination counted
    assertThat(decide(List.of(first, first), List.of()).countedFor(SMITH)).hasSize(1);
  }

  @Test
  void nominatorNotOnTheRegisterOrOfAKindThatMayNotNominateDoesNotCount() {
    assertThat(only(List.of(nomination("mp-99", SMITH, at("2016-07-18T09:00")))).explanation())
        .isEqualTo("mp-99 is not on the register of nominators");
    List<NominationDecision> decisions = OneNominationRule.decide(REGISTER,
        List.of(nomination("mep-1", SMITH, at("2016-07-18T09:00"))), List.of(), contest2016(), Set.of(NominatorKind.MP)).nominations();
    assertThat(decisions.get(0).reason()).isEqualTo(NominationReason.NOMINATOR_NOT_ELIGIBLE);
    assertThat(decisions.get(0).explanation()).isEqualTo("MEP 1 (mep-1, MEP) may not nominate under these rules: only MPs may");
  }

  @Test
  void theFirstFailingCheckIsTheReason() {
    // after the close and not a candidate: the close is checked first
    assertThat(only(List.of(nomination("mp-1", "Nobody", CLOSE.plusHours(1)))).reason()).isEqualTo(NominationReason.AFTER_CLOSE);
  }

  @Test
  void decisionsComeInTimeOrderThenNominator() {
    Nomination b = nomination("mp-2", SMITH, at("2016-07-18T09:00"));
    Nomination a = nomination("mp-1", SMITH, at("2016-07-18T09:00"));
    Nomination c = nomination("mp-1", CORBYN, at("2016-07-17T09:00"));
    assertThat(decide(List.of(b, a, c), List.of()).nominations()).extracting(NominationDecision::nomination).containsExactly(c, a, b);
  }
}
