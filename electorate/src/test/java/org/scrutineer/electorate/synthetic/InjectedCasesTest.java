package org.scrutineer.electorate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Examples;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.diff.Change;
import org.scrutineer.electorate.diff.EligibilityDiff;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.evaluation.Rule;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.NearMatch;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.linking.PersonLinker;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.rules.Ruleset;
import org.scrutineer.electorate.rules.RulesetReader;

/** What the generator builds in on purpose, found again by the linker, the evaluator and the diff. */
class InjectedCasesTest {
  private static Summary summary;
  private static LinkedRegister linked;

  @BeforeAll
  static void generateAndLink() {
    SyntheticRegister register = SyntheticRegister.generate(100_000, 2016);
    summary = register.summary();
    Extract extract = register.extract();
    List<MembershipRecord> records = new ArrayList<>();
    records.addAll(extract.members().orElseThrow());
    records.addAll(extract.registeredSupporters().orElseThrow());
    records.addAll(extract.affiliatedSupporters().orElseThrow());
    linked = PersonLinker.link(Register.of(extract.clps().orElseThrow(), records, extract.exclusions().orElseThrow()));
  }

  @Test
  void linkerFindsEveryPersonAndOnlyTheRecordsLinkedOnPurposeAreJoined() {
    // E-mails are unique by construction except in families, so the count is exact.
    assertThat((long) linked.people().size()).isEqualTo(summary.expectedLinkedPeople());
  }

  @Test
  void linkerJoinsMembersWithTheirSupporterRecords() {
    long memberAndRegistered = linked.people().stream().filter(p -> has(p, Section.MEMBER) && has(p, Section.REGISTERED_SUPPORTER)).count();
    long memberAndAffiliated = linked.people().stream().filter(p -> has(p, Section.MEMBER) && has(p, Section.AFFILIATED_SUPPORTER)).count();
    // About 8% of second records give neither the e-mail nor the number.
    assertThat((double) memberAndRegistered / summary.overlaps().membersAlsoRegistered()).isCloseTo(0.92, within(0.02));
    assertThat((double) memberAndAffiliated / summary.overlaps().membersAlsoAffiliated()).isCloseTo(0.92, within(0.02));
    long linkedSecondRecords = summary.overlaps().linkedByEmail() + summary.overlaps().linkedByNumber();
    assertThat(linkedSecondRecords + summary.overlaps().notLinked()).isEqualTo(
        summary.overlaps().membersAlsoRegistered() + summary.overlaps().membersAlsoAffiliated() + summary.overlaps().supportersRegisteredAndAffiliated());
  }

  @Test
  void linkerReportsTheInjectedNearDuplicates() {
    List<NearMatch> matches = linked.nearMatches();
    long sameEmail = matches.stream().filter(m -> m.why().startsWith("same e-mail")).count();
    long sameNameAndPostcode = matches.stream().filter(m -> m.why().startsWith("same name and postcode")).count();
    assertThat(sameEmail).isEqualTo(summary.nearDuplicates().familyEmailPairs());
    long injected = summary.nearDuplicates().duplicateMembers() + summary.nearDuplicates().unlinkedRecords();
    // Unrelated people who happen to share a name and a postcode add a few.
    assertThat(sameNameAndPostcode).isBetween(injected, injected + injected / 50);
    assertThat(matches).noneMatch(m -> m.why().startsWith("states membership number"));
  }

  @Test
  void theHighCourtRulingGivesAVoteToMembersWhoJoinedBetweenTheTwoFreezeDates() throws IOException {
    Evaluation nec = new Evaluator(ruleset("2016-nec.json")).evaluate(linked);
    Evaluation highCourt = new Evaluator(ruleset("2016-high-court.json")).evaluate(linked);

    EligibilityDiff diff = EligibilityDiff.between(nec, highCourt);

    long injected = summary.members().joinedAfterFreezeByNecDecision();
    long gained = diff.gainedBySection().get(Section.MEMBER);
    // A few of them are excluded, suspended or a second record of a member who votes anyway.
    assertThat(gained).isLessThanOrEqualTo(injected).isGreaterThan(injected * 97 / 100);
    assertThat(diff.count(Change.Kind.LOST)).isZero();
    assertThat(diff.gainedBySection().get(Section.REGISTERED_SUPPORTER)).isZero();
    assertThat(diff.gainedBySection().get(Section.AFFILIATED_SUPPORTER)).isZero();
    // Those who paid £25 as supporters because the freeze shut them out move to the member section.
    assertThat(diff.count(Change.Kind.MOVED)).isPositive();
    assertThat(diff.changes()).allMatch(change -> change.failedBefore().contains(Rule.FREEZE_DATE) || change.before().isPresent());
  }

  @Test
  void underTheNecRulesEachFreezeShutOutMemberFailsTheFreezeDate() throws IOException {
    Evaluation nec = new Evaluator(ruleset("2016-nec.json")).evaluate(linked);

    long failedFreeze = nec.failuresByRule().getOrDefault(Rule.FREEZE_DATE, 0L);

    // Everyone whose member record joined after 12 January fails it, unless they vote in another section.
    assertThat(failedFreeze).isLessThanOrEqualTo(summary.members().joinedAfterFreeze()).isGreaterThan(summary.members().joinedAfterFreeze() * 70 / 100);
    assertThat(nec.votersBySection().get(Section.MEMBER) / (double) summary.people()).isCloseTo(0.49, within(0.03));
  }

  private static boolean has(Person person, Section section) {
    return !person.records(section).isEmpty();
  }

  private static Ruleset ruleset(String name) throws IOException {
    return RulesetReader.read(name, Files.readString(Examples.directory().resolve("rules").resolve(name))).orElseThrow();
  }
}
