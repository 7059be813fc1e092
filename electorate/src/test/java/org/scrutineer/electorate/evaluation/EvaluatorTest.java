package org.scrutineer.electorate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.electorate.Fixtures.CLPS;
import static org.scrutineer.electorate.Fixtures.affiliated;
import static org.scrutineer.electorate.Fixtures.contact;
import static org.scrutineer.electorate.Fixtures.member;
import static org.scrutineer.electorate.Fixtures.nec2016;
import static org.scrutineer.electorate.Fixtures.supporter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.electorate.rules.MemberRules;
import org.scrutineer.electorate.rules.Ruleset;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.linking.PersonLinker;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

class EvaluatorTest {
  private final Evaluator nec = new Evaluator(nec2016());

  static Person person(MembershipRecord... records) {
    return PersonLinker.link(Register.of(CLPS, List.of(records), List.of())).people().get(0);
  }

  static Person personWith(Exclusion exclusion, MembershipRecord... records) {
    return PersonLinker.link(Register.of(CLPS, List.of(records), List.of(exclusion))).people().get(0);
  }

  @Test
  void aLongStandingPaidUpMemberVotesAsAMember() {
    Explanation explanation = nec.explain(person(member("L1", "Ada", "ada@example.org", "1998-05-01")));
    assertThat(explanation.decision().section()).contains(Section.MEMBER);
    assertThat(explanation.decision().votesAs()).contains(RecordKey.member("L1"));
    assertThat(explanation.outcomes()).extracting(RuleOutcome::toString)
        .containsExactly(
            "pass members.statuses [member:L1]: standing active",
            "pass members.freeze_date [member:L1]: joined 1998-05-01, on or before the freeze date 2016-01-12",
            "pass members.arrears_grace_days [member:L1]: paid up to 2016-12-31 (paid up to 2016-08-22 or later needed: reference date 2016-08-22, 0 days' grace)",
            "pass members.suspended_may_vote [member:L1]: not suspended",
            "pass exclusions_apply: none recorded",
            "pass precedence: votes as member through member:L1");
  }

  @Test
  void aMemberWhoJoinedAfterTheFreezeDateHasNoVote() {
    Decision decision = nec.decide(person(member("L2", "Ben", "ben@example.org", "2016-03-04")));
    assertThat(decision.section()).isEmpty();
    assertThat(decision.failed()).containsExactly(Rule.FREEZE_DATE);
    assertThat(nec.explain(person(member("L2", "Ben", "ben@example.org", "2016-03-04"))).outcomes())
        .filteredOn(outcome -> !outcome.passed())
        .extracting(RuleOutcome::facts)
        .containsExactly("joined 2016-03-04, after the freeze date 2016-01-12");
  }

  @Test
  void arrearsSuspensionAndStandingEachStopAMember() {
    MemberRecord arrears = new MemberRecord("L3", contact("Cy", "cy@example.org"), LocalDate.parse("2000-01-01"), MemberStatus.ACTIVE, LocalDate.parse("2016-08-21"), Optional.empty());
    MemberRecord suspended =
        new MemberRecord("L4", contact("Di", "di@example.org"), LocalDate.parse("2000-01-01"), MemberStatus.ACTIVE, LocalDate.parse("2017-01-01"), Optional.of(new Suspension(LocalDate.parse("2016-05-01"), Optional.empty(), "investigation")));
    MemberRecord pastSuspension =
        new MemberRecord("L5", contact("Ed", "ed@example.org"), LocalDate.parse("2000-01-01"), MemberStatus.ACTIVE, LocalDate.parse("2017-01-01"), Optional.of(new Suspension(LocalDate.parse("2016-05-01"), Optional.of(LocalDate.parse("2016-06-01")), "cleared")));
    MemberRecord lapsed = new MemberRecord("L6", contact("Fy", "fy@example.org"), LocalDate.parse("2000-01-01"), MemberStatus.LAPSED, LocalDate.parse("2017-01-01"), Optional.empty());
    assertThat(nec.decide(person(arrears)).failed()).containsExactly(Rule.ARREARS);
    assertThat(nec.decide(person(suspended)).failed()).containsExactly(Rule.SUSPENSION);
    assertThat(nec.decide(person(pastSuspension)).eligible()).isTrue();
    assertThat(nec.decide(person(lapsed)).failed()).containsExactly(Rule.MEMBER_STATUS);
  }

  @Test
  void aRegisteredSupporterMustPayTheFeeInsideTheWindowAndPassVetting() {
    assertThat(nec.decide(person(supporter("RS1", "Gu", "gu@example.org", "2016-07-18T16:00:00Z"))).section()).contains(Section.REGISTERED_SUPPORTER);
    assertThat(nec.decide(person(supporter("RS2", "Hy", "hy@example.org", "2016-07-20T16:00:01Z"))).failed()).containsExactly(Rule.FEE_IN_WINDOW);
    RegisteredSupporterRecord unpaid = new RegisteredSupporterRecord("RS3", contact("Io", "io@example.org"), Optional.empty(), Instant.parse("2016-07-19T10:00:00Z"), Optional.empty(), 0, Vetting.PENDING);
    assertThat(nec.decide(person(unpaid)).failed()).containsExactly(Rule.FEE_IN_WINDOW, Rule.FEE_AMOUNT, Rule.SUPPORTER_VETTING);
    RegisteredSupporterRecord threePounds = new RegisteredSupporterRecord("RS4", contact("Jo", "jo@example.org"), Optional.empty(), Instant.parse("2016-07-19T10:00:00Z"), Optional.of(Instant.parse("2016-07-19T10:01:00Z")), 300, Vetting.PASSED);
    assertThat(nec.explain(person(threePounds)).outcomes()).filteredOn(outcome -> !outcome.passed()).extracting(RuleOutcome::facts).containsExactly("paid £3.00 of £25.00 due");
  }

  @Test
  void aMemberWhoIsAlsoAnAffiliatedSupporterVotesOnceAsAMember() {
    Explanation explanation = nec.explain(person(member("L1", "Ada", "ada@example.org", "1998-05-01"), affiliated("UNITE", "A1", "Ada", "ada@example.org", "2016-08-01")));
    assertThat(explanation.decision().section()).contains(Section.MEMBER);
    assertThat(explanation.outcomes()).last().extracting(RuleOutcome::facts).isEqualTo("votes as member through member:L1; also eligible through affiliated_supporter:UNITE:A1, but each person votes once");
  }

  @Test
  void aFrozenOutMemberWhoPaidTheFeeVotesAsARegisteredSupporter() {
    Decision decision = nec.decide(person(member("L2", "Ben", "ben@example.org", "2016-03-04"), supporter("RS1", "Ben", "ben@example.org", "2016-07-19T10:00:00Z")));
    assertThat(decision.section()).contains(Section.REGISTERED_SUPPORTER);
    assertThat(decision.votesAs()).contains(RecordKey.registeredSupporter("RS1"));
  }

  @Test
  void anExclusionRemovesTheVoteInEverySection() {
    Exclusion exclusion = new Exclusion(RecordKey.member("L1"), "intimidation of members", Instant.parse("2016-08-10T11:00:00Z"), "NEC panel");
    Person person = personWith(exclusion, member("L1", "Ada", "ada@example.org", "1998-05-01"), affiliated("UNITE", "A1", "Ada", "ada@example.org", "2016-08-01"));
    Explanation explanation = nec.explain(person);
    assertThat(explanation.decision().section()).isEmpty();
    assertThat(explanation.decision().failed()).containsExactly(Rule.EXCLUSION);
    assertThat(explanation.outcomes()).filteredOn(outcome -> !outcome.passed()).extracting(RuleOutcome::facts)
        .containsExactly("vote removed (intimidation of members), decided 2016-08-10T11:00:00Z by NEC panel, against member:L1");
  }

  @Test
  void aRulesetWhereNoStandingMayVoteIsExplainedToo() {
    Ruleset nec = nec2016();
    Ruleset none = new Ruleset(nec.name(), nec.referenceDate(), nec.precedence(), true, new MemberRules(true, nec.members().freezeDate(), Optional.empty(), 0, false, Set.of()), nec.registeredSupporters(), nec.affiliatedSupporters());
    assertThat(new Evaluator(none).explain(person(member("L1", "Ada", "ada@example.org", "1998-05-01"))).outcomes())
        .filteredOn(outcome -> !outcome.passed())
        .extracting(RuleOutcome::facts)
        .containsExactly("standing active; may vote: none");
  }

  @Test
  void anAffiliatedSupporterRegisteredAfterTheCutoffHasNoVote() {
    assertThat(nec.decide(person(affiliated("UNITE", "A2", "Ky", "ky@example.org", "2016-08-09"))).failed()).containsExactly(Rule.AFFILIATE_CUTOFF);
  }
}
