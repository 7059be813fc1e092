package org.scrutineer.nominations.supporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.nominations.Fixtures.CORBYN;
import static org.scrutineer.nominations.Fixtures.EAGLE;
import static org.scrutineer.nominations.Fixtures.SMITH;
import static org.scrutineer.nominations.Fixtures.contest2016;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneSupportingNominationRuleTest {
  private static ClpNomination clp(String code, String candidate, String day, String source) {
    return new ClpNomination(code, candidate, LocalDate.parse(day), source);
  }

  private static AffiliateNomination affiliate(String name, AffiliateKind kind, long members, String candidate, String source) {
    return new AffiliateNomination(name, kind, members, candidate, source);
  }

  private static List<ClpDecision> clps(ClpNomination... nominations) {
    return OneSupportingNominationRule.decide(List.of(nominations), List.of(), contest2016()).clps();
  }

  private static ClpDecision of(List<ClpDecision> decisions, ClpNomination nomination) {
    return decisions.stream().filter(d -> d.nomination().equals(nomination)).findFirst().orElseThrow();
  }

  @Test
  void aClpsFirstValidNominationCountsAndLaterMeetingsAreAlreadyNominated() {
    ClpNomination first = clp("CLP-1", CORBYN, "2016-07-25", "clp.csv:2");
    ClpNomination later = clp("CLP-1", SMITH, "2016-08-01", "clp.csv:3");
    List<ClpDecision> decisions = clps(later, first);
    assertThat(of(decisions, first).reason()).isEqualTo(SupportReason.COUNTED);
    assertThat(of(decisions, first).explanation()).isEqualTo("counts for Jeremy Corbyn: the CLP's first valid supporting nomination");
    assertThat(of(decisions, later).reason()).isEqualTo(SupportReason.ALREADY_NOMINATED);
    assertThat(of(decisions, later).explanation())
        .isEqualTo("the CLP already nominated Jeremy Corbyn at its meeting on 2016-07-25 (clp.csv:2); a CLP makes one supporting nomination");
  }

  @Test
  void meetingOnTheLastDayIsInTimeAndTheDayAfterIsNot() {
    assertThat(clps(clp("CLP-1", SMITH, "2016-08-15", "")).get(0).reason()).isEqualTo(SupportReason.COUNTED);
    ClpDecision late = clps(clp("CLP-1", SMITH, "2016-08-16", "")).get(0);
    assertThat(late.reason()).isEqualTo(SupportReason.AFTER_CLOSE);
    assertThat(late.explanation()).isEqualTo("meeting on 2016-08-16, after supporting nominations closed on 2016-08-15");
  }

  @Test
  void aNominationOfAWithdrawnOrUndeclaredCandidateDoesNotUseTheClpsNomination() {
    ClpNomination eagle = clp("CLP-1", EAGLE, "2016-07-21", "");
    ClpNomination typo = clp("CLP-1", "Jeremy Corbin", "2016-07-22", "");
    ClpNomination smith = clp("CLP-1", SMITH, "2016-07-28", "");
    List<ClpDecision> decisions = clps(eagle, typo, smith);
    assertThat(of(decisions, eagle).reason()).isEqualTo(SupportReason.CANDIDATE_WITHDREW);
    assertThat(of(decisions, typo).reason()).isEqualTo(SupportReason.NOT_A_CANDIDATE);
    assertThat(of(decisions, smith).reason()).isEqualTo(SupportReason.COUNTED);
  }

  @Test
  void twoCandidatesOnTheFirstDayConflictAndTheClpHasUsedItsNomination() {
    ClpNomination corbyn = clp("CLP-1", CORBYN, "2016-07-25", "");
    ClpNomination smith = clp("CLP-1", SMITH, "2016-07-25", "");
    ClpNomination later = clp("CLP-1", SMITH, "2016-08-02", "");
    List<ClpDecision> decisions = clps(corbyn, smith, later);
    assertThat(of(decisions, corbyn).reason()).isEqualTo(SupportReason.CONFLICTING);
    assertThat(of(decisions, corbyn).explanation())
        .isEqualTo("the CLP also nominated Owen Smith on 2016-07-25: which it meant cannot be told, so none counts");
    assertThat(of(decisions, smith).reason()).isEqualTo(SupportReason.CONFLICTING);
    assertThat(of(decisions, later).reason()).isEqualTo(SupportReason.ALREADY_NOMINATED);
  }

  @Test
  void theSameClpNominationTwiceCountsOnce() {
    ClpNomination once = clp("CLP-1", SMITH, "2016-07-25", "clp.csv:2");
    ClpNomination again = clp("CLP-1", SMITH, "2016-07-25", "clp.csv:7");
    List<ClpDecision> decisions = clps(again, once);
    assertThat(of(decisions, once).reason()).isEqualTo(SupportReason.COUNTED);
    assertThat(of(decisions, again).reason()).isEqualTo(SupportReason.DUPLICATE);
    assertThat(of(decisions, again).explanation()).isEqualTo("repeats the CLP's nomination that counts (clp.csv:2)");
  }

  @Test
  void anAffiliatesAgreeingRowsCountOnceAndDisagreeingRowsNotAtAll() {
    AffiliateNomination a = affiliate("Union A", AffiliateKind.TRADE_UNION, 1000, SMITH, "affiliates.csv:2");
    AffiliateNomination aAgain = affiliate("Union A", AffiliateKind.TRADE_UNION, 1000, SMITH, "affiliates.csv:5");
    AffiliateNomination b = affiliate("Union B", AffiliateKind.TRADE_UNION, 500, SMITH, "affiliates.csv:3");
    AffiliateNomination bOther = affiliate("Union B", AffiliateKind.TRADE_UNION, 500, CORBYN, "affiliates.csv:4");
    List<AffiliateDecision> decisions =
        OneSupportingNominationRule.decide(List.of(), List.of(bOther, aAgain, b, a), contest2016()).affiliates();
    assertThat(decisions).extracting(AffiliateDecision::reason)
        .containsExactly(SupportReason.COUNTED, SupportReason.DUPLICATE, SupportReason.CONFLICTING, SupportReason.CONFLICTING);
    assertThat(decisions.get(0).explanation())
        .isEqualTo("counts for Owen Smith: the affiliate's supporting nomination (trade union, 1,000 affiliated members)");
    assertThat(decisions.get(2).explanation())
        .isEqualTo("the affiliate's 2 rows disagree (Jeremy Corbyn, trade union, 500 members (affiliates.csv:4);"
            + " Owen Smith, trade union, 500 members (affiliates.csv:3)): an affiliate makes one supporting nomination,"
            + " so none counts until the input is corrected");
  }

  @Test
  void tallyAddsUpCountedNominationsOnly() {
    SupportingDecisions decisions = OneSupportingNominationRule.decide(
        List.of(clp("CLP-1", SMITH, "2016-07-25", ""), clp("CLP-2", SMITH, "2016-07-26", ""), clp("CLP-3", SMITH, "2016-09-01", ""),
            clp("CLP-4", CORBYN, "2016-07-26", "")),
        List.of(affiliate("Union A", AffiliateKind.TRADE_UNION, 1000, SMITH, ""),
            affiliate("Society A", AffiliateKind.SOCIALIST_SOCIETY, 30, SMITH, ""),
            affiliate("Union B", AffiliateKind.TRADE_UNION, 700, EAGLE, "")),
        contest2016());
    assertThat(decisions.tallyFor(SMITH)).isEqualTo(new SupportTally(2, 2, 1, 1, 1030));
    assertThat(decisions.tallyFor(CORBYN)).isEqualTo(new SupportTally(1, 0, 0, 0, 0));
    assertThat(decisions.tallyFor(EAGLE)).isEqualTo(new SupportTally(0, 0, 0, 0, 0));
  }
}
