package org.scrutineer.nominations.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.nominations.Fixtures.CORBYN;
import static org.scrutineer.nominations.Fixtures.EAGLE;
import static org.scrutineer.nominations.Fixtures.SMITH;
import static org.scrutineer.nominations.Fixtures.at;
import static org.scrutineer.nominations.Fixtures.contest2016;
import static org.scrutineer.nominations.Fixtures.mps;
import static org.scrutineer.nominations.Fixtures.nomination;
import static org.scrutineer.nominations.Fixtures.nominations;
import static org.scrutineer.nominations.Fixtures.register;
import static org.scrutineer.nominations.Fixtures.rules2016;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.result.CandidateOutcome;
import org.scrutineer.nominations.result.ContestStatus;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.result.Standing;
import org.scrutineer.nominations.rules.AffiliateRoute;
import org.scrutineer.nominations.rules.ClpRoute;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.rules.ParliamentaryRule;
import org.scrutineer.nominations.rules.Rounding;
import org.scrutineer.nominations.rules.SupportRequirement;
import org.scrutineer.nominations.rules.SupportingRule;
import org.scrutineer.nominations.rules.Threshold;
import org.scrutineer.nominations.rules.Variant;
import org.scrutineer.nominations.supporting.AffiliateKind;
import org.scrutineer.nominations.supporting.AffiliateNomination;
import org.scrutineer.nominations.supporting.ClpNomination;

class TallyTest {
  private static final OffsetDateTime MONDAY = at("2016-07-18T10:00");
  /** 2016 as the NEC counted it: 234 MPs and 20 MEPs. */
  private static final NominatorRegister PLP_2016 = register(234, 20);

  private static NominationResult count2016(List<Nomination> nominations) {
    return Tally.count(NominationInput.parliamentary(PLP_2016, nominations), rules2016());
  }

  private static CandidateOutcome outcome(NominationResult result, String candidate) {
    return result.candidate(candidate).orElseThrow();
  }

  @Test
  void challengerWith51Of254IsNominatedAnd50IsNot() {
    CandidateOutcome with51 = outcome(count2016(nominations(mps(1, 51), SMITH, MONDAY)), SMITH);
    assertThat(with51.standing()).isEqualTo(Standing.NOMINATED);
    assertThat(with51.parliamentary().needed()).isEqualTo(51);
    assertThat(with51.why()).containsExactly(
        "parliamentary: 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 51",
        "supporting nominations: counted, not required");

    CandidateOutcome with50 = outcome(count2016(nominations(mps(1, 50), SMITH, MONDAY)), SMITH);
    assertThat(with50.standing()).isEqualTo(Standing.NOT_NOMINATED);
    assertThat(with50.why()).first().isEqualTo("parliamentary: 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 50, 1 short");
  }

  @Test
  void mpsAndMepsAreCountedTogetherAndReportedApart() {
    List<Nomination> all = new ArrayList<>(nominations(mps(1, 162), SMITH, MONDAY));
    for (int i = 1; i <= 10; i++) {
      all.add(nomination("mep-" + i, SMITH, MONDAY));
    }
    CandidateOutcome smith = outcome(count2016(all), SMITH);
    assertThat(smith.parliamentaryNominations()).isEqualTo(172);
    assertThat(smith.mps()).isEqualTo(162);
    assertThat(smith.meps()).isEqualTo(10);
    assertThat(smith.parliamentary().explanation()).isEqualTo("51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 172");
  }

  @Test
  void incumbentIsOnTheBallotAutomaticallyWhenChallenged() {
    NominationResult result = count2016(nominations(mps(1, 60), SMITH, MONDAY));
    CandidateOutcome corbyn = outcome(result, CORBYN);
    assertThat(corbyn.standing()).isEqualTo(Standing.NOMINATED);
    assertThat(corbyn.parliamentaryNominations()).isZero();
    assertThat(corbyn.why()).containsExactly(
        "incumbent leader, challenged by Owen Smith: on the ballot automatically (rules: automatic_when_challenged), no nominations needed",
        "for information, parliamentary: 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 0, 51 short");
    assertThat(result.status()).isEqualTo(ContestStatus.BALLOT);
    assertThat(result.statusExplanation()).isEqualTo("ballot: Jeremy Corbyn (incumbent) and Owen Smith");
    assertThat(result.nominated()).containsExactly(CORBYN, SMITH);
  }

  @Test
  void withoutAValidChallengerThereIsNoContest() {
    NominationResult result = count2016(nominations(mps(1, 40), SMITH, MONDAY));
    assertThat(outcome(result, CORBYN).standing()).isEqualTo(Standing.NOT_CHALLENGED);
    assertThat(result.status()).isEqualTo(ContestStatus.NOT_CHALLENGED);
    assertThat(result.statusExplanation()).isEqualTo("no challenger is validly nominated: there is no ballot and Jeremy Corbyn remains leader");
  }

  @Test
  void incumbentWhoMustBeNominatedNeedsTheThresholdLikeAChallenger() {
    NominationRules old = rules2016();
    NominationRules rules = new NominationRules(old.name(), old.variant(), old.contest(), old.parliamentary(),
        IncumbentRule.MUST_BE_NOMINATED, old.supporting());
    List<Nomination> all = new ArrayList<>(nominations(mps(1, 60), SMITH, MONDAY));
    all.addAll(nominations(mps(61, 100), CORBYN, MONDAY));
    NominationResult result = Tally.count(NominationInput.parliamentary(PLP_2016, all), rules);
    assertThat(outcome(result, CORBYN).standing()).isEqualTo(Standing.NOT_NOMINATED);
    assertThat(result.status()).isEqualTo(ContestStatus.UNOPPOSED);
    assertThat(result.statusExplanation()).isEqualTo("only Owen Smith is validly nominated: unopposed, no ballot is needed");
  }

  @Test
  void withdrawnCandidateIsNotNominatedWhateverTheirNominations() {
    CandidateOutcome eagle = outcome(count2016(nominations(mps(1, 80), EAGLE, MONDAY)), EAGLE);
    assertThat(eagle.standing()).isEqualTo(Standing.WITHDREW);
    assertThat(eagle.parliamentaryNominations()).isZero();
    assertThat(eagle.why()).containsExactly("withdrew from the contest at 2016-07-19T12:00:00+01:00");
  }

  @Test
  void aWholeFixedByTheRulesReplacesTheRegistersCount() {
    NominationRules old = rules2016();
    NominationRules rules = new NominationRules(old.name(), old.variant(), old.contest(),
        new ParliamentaryRule(Set.of(NominatorKind.MP, NominatorKind.MEP), Threshold.of("20", Rounding.UP), OptionalLong.of(250)),
        old.incumbent(), old.supporting());
    NominationResult result = Tally.count(NominationInput.parliamentary(PLP_2016, nominations(mps(1, 50), SMITH, MONDAY)), rules);
    assertThat(result.whole().count()).isEqualTo(250);
    assertThat(result.whole().explanation()).isEqualTo("250, fixed by the rules (the register lists 254 MPs and MEPs (234 MPs, 20 MEPs))");
    assertThat(outcome(result, SMITH).parliamentary().explanation()).isEqualTo("50 of 250 MPs and MEPs needed (20% = 50 exactly): has 50");
    assertThat(outcome(result, SMITH).nominated()).isTrue();
  }

  @Test
  void wholeIsTheRegistersEligibleNominators() {
    NominationResult result = count2016(List.of());
    assertThat(result.whole().count()).isEqualTo(254);
    assertThat(result.whole().explanation()).isEqualTo("254 MPs and MEPs (234 MPs, 20 MEPs) on the register");
    NominationRules old = rules2016();
    NominationRules mpsOnly = new NominationRules(old.name(), old.variant(), old.contest(),
        new ParliamentaryRule(Set.of(NominatorKind.MP), Threshold.of("20", Rounding.UP), OptionalLong.empty()), old.incumbent(), old.supporting());
    assertThat(Tally.count(NominationInput.parliamentary(PLP_2016, List.of()), mpsOnly).whole().explanation())
        .isEqualTo("234 MPs on the register");
  }

  // --- the vacancy variant: parliamentary threshold and one supporting route ---

  private static final String A = "Ada Byrne";
  private static final String B = "Ben Okafor";
  private static final String C = "Cara Singh";
  private static final NominatorRegister PLP_2020 = register(202, 10);

  private static NominationRules vacancy(SupportRequirement required) {
    Contest contest = new Contest("vacancy", OffsetDateTime.parse("2020-01-13T14:30:00Z"), Optional.of(LocalDate.parse("2020-02-14")),
        List.of(Candidate.challenger(A), Candidate.challenger(B), Candidate.challenger(C)));
    return new NominationRules("2020", Variant.VACANCY, contest,
        new ParliamentaryRule(Set.of(NominatorKind.MP, NominatorKind.MEP), Threshold.of("10", Rounding.UP), OptionalLong.empty()),
        IncumbentRule.MUST_BE_NOMINATED,
        new SupportingRule(required, Optional.of(new ClpRoute(Threshold.of("5", Rounding.UP), 648)),
            Optional.of(new AffiliateRoute(3, 2, Threshold.of("5", Rounding.UP), 3_000_000))));
  }

  private static List<ClpNomination> clps(String candidate, int count, int first) {
    List<ClpNomination> clps = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      clps.add(new ClpNomination("CLP-" + i, candidate, LocalDate.parse("2020-02-01"), ""));
    }
    return clps;
  }

  private static AffiliateNomination union(String name, long members, String candidate) {
    return new AffiliateNomination(name, AffiliateKind.TRADE_UNION, members, candidate, "");
  }

  private static NominationResult countVacancy(SupportRequirement required) {
    OffsetDateTime january = OffsetDateTime.parse("2020-01-08T10:00:00Z");
    List<Nomination> plp = new ArrayList<>(nominations(mps(1, 22), A, january)); // 10% of 212 = 21.2 -> 22
    plp.addAll(nominations(mps(23, 44), B, january));
    plp.addAll(nominations(mps(45, 65), C, january)); // 21: one short
    List<ClpNomination> clps = new ArrayList<>(clps(A, 33, 1)); // 5% of 648 = 32.4 -> 33
    clps.addAll(clps(B, 32, 100));
    clps.addAll(clps(C, 40, 200));
    List<AffiliateNomination> affiliates = List.of(
        union("U1", 100_000, B), union("U2", 40_000, B),
        new AffiliateNomination("S1", AffiliateKind.SOCIALIST_SOCIETY, 10_000, B, ""),
        union("U3", 900_000, A), union("U4", 900_000, A));
    return Tally.count(new NominationInput(PLP_2020, plp, List.of(), clps, affiliates), vacancy(required));
  }

  @Test
  void vacancyCandidateNeedsTheParliamentaryThresholdAndOneRoute() {
    NominationResult result = countVacancy(SupportRequirement.ANY_ROUTE);
    CandidateOutcome a = outcome(result, A);
    assertThat(a.standing()).isEqualTo(Standing.NOMINATED);
    assertThat(a.why()).containsExactly(
        "parliamentary: 22 of 212 MPs and MEPs needed (10% = 21.2, rounded up): has 22",
        "CLP route passed: 33 of 648 CLPs needed (5% = 32.4, rounded up): has 33",
        "affiliate route not passed: at least 3 affiliates needed: has 2, 1 short; at least 2 of them trade unions needed: has 2;"
            + " 150,000 of 3,000,000 affiliated members needed (5% = 150,000 exactly): has 1,800,000",
        "supporting nominations: one route needed, passed");
    // B: 32 CLPs, one short, but three affiliates, two of them unions, with 150,000 members
    CandidateOutcome b = outcome(result, B);
    assertThat(b.routes()).extracting(r -> r.passed()).containsExactly(false, true);
    assertThat(b.standing()).isEqualTo(Standing.NOMINATED);
    assertThat(b.support().affiliatedMembers()).isEqualTo(150_000);
    // C: 40 CLPs, but one short of the parliamentary threshold
    CandidateOutcome c = outcome(result, C);
    assertThat(c.routes().get(0).passed()).isTrue();
    assertThat(c.standing()).isEqualTo(Standing.NOT_NOMINATED);
    assertThat(result.status()).isEqualTo(ContestStatus.BALLOT);
    assertThat(result.statusExplanation()).isEqualTo("ballot: Ada Byrne and Ben Okafor");
  }

  @Test
  void allRoutesRequiredNeedsEveryRoute() {
    NominationResult result = countVacancy(SupportRequirement.ALL_ROUTES);
    assertThat(result.nominated()).isEmpty();
    assertThat(result.status()).isEqualTo(ContestStatus.NO_CANDIDATE);
    assertThat(outcome(result, A).why()).last().isEqualTo("supporting nominations: every route needed, not all passed");
  }

  @Test
  void routesAreReportedForInformationWhenNotRequired() {
    NominationResult result = countVacancy(SupportRequirement.NONE);
    assertThat(outcome(result, B).why()).contains("for information, CLP route not passed: 33 of 648 CLPs needed (5% = 32.4, rounded up): has 32, 1 short");
    assertThat(result.nominated()).containsExactly(A, B);
  }

  @Test
  void affiliateRouteNeedsEnoughTradeUnionsAmongTheAffiliates() {
    NominationRules rules = vacancy(SupportRequirement.ANY_ROUTE);
    List<AffiliateNomination> affiliates = List.of(union("U1", 900_000, A),
        new AffiliateNomination("S1", AffiliateKind.SOCIALIST_SOCIETY, 10, A, ""),
        new AffiliateNomination("S2", AffiliateKind.SOCIALIST_SOCIETY, 10, A, ""));
    NominationResult result = Tally.count(new NominationInput(PLP_2020,
        nominations(mps(1, 30), A, OffsetDateTime.parse("2020-01-08T10:00:00Z")), List.of(), List.of(), affiliates), rules);
    CandidateOutcome a = outcome(result, A);
    assertThat(a.routes().get(1).checks()).extracting(check -> check.name() + " " + check.passed())
        .containsExactly("affiliates true", "trade unions false", "affiliated members true");
    assertThat(a.standing()).isEqualTo(Standing.NOT_NOMINATED);
    assertThat(result.status()).isEqualTo(ContestStatus.NO_CANDIDATE);
  }

  @Test
  void countingLeavesTheInputUntouchedAndGivesTheSameAnswerTwice() {
    List<Nomination> input = new ArrayList<>(nominations(mps(1, 60), SMITH, MONDAY));
    List<Nomination> copy = List.copyOf(input);
    NominationResult first = count2016(input);
    assertThat(input).isEqualTo(copy);
    assertThat(count2016(input)).isEqualTo(first);
    assertThat(contest2016()).isEqualTo(rules2016().contest());
  }
}
