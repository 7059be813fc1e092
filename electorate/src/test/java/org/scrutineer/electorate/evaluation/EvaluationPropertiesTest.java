package org.scrutineer.electorate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.electorate.Fixtures.CLPS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scrutineer.electorate.Fixtures;
import org.scrutineer.electorate.diff.Change;
import org.scrutineer.electorate.diff.EligibilityDiff;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.linking.PersonLinker;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Vetting;

/** Evaluation is deterministic, order-independent, gives one vote per person; diff(A, A) is empty. */
class EvaluationPropertiesTest {
  private static final LocalDate EARLIEST = LocalDate.parse("2015-01-01");

  @Property(tries = 200)
  void evaluationDoesNotDependOnTheOrderOfTheRecords(@ForAll("registers") Register register, @ForAll long seed) {
    List<MembershipRecord> shuffled = new ArrayList<>(register.records());
    Collections.shuffle(shuffled, new Random(seed));
    Register reordered = new Register(register.clps(), shuffled, register.exclusions());
    Evaluator evaluator = new Evaluator(Fixtures.nec2016());
    assertThat(evaluator.evaluate(PersonLinker.link(reordered))).isEqualTo(evaluator.evaluate(PersonLinker.link(register)));
  }

  @Property(tries = 200)
  void everyPersonVotesAtMostOnceThroughOneOfTheirOwnRecords(@ForAll("registers") Register register) {
    LinkedRegister linked = PersonLinker.link(register);
    Evaluation evaluation = new Evaluator(Fixtures.nec2016()).evaluate(linked);
    Set<RecordKey> allKeys = new HashSet<>();
    register.records().forEach(record -> assertThat(allKeys.add(record.key())).isTrue());
    Set<RecordKey> seen = new HashSet<>();
    for (int i = 0; i < linked.people().size(); i++) {
      Person person = linked.people().get(i);
      Decision decision = evaluation.decisions().get(i);
      assertThat(decision.personId()).isEqualTo(person.id());
      decision.votesAs().ifPresent(key -> {
        assertThat(person.record(key)).isPresent();
        assertThat(seen.add(key)).isTrue();
        assertThat(decision.section()).contains(key.section());
      });
    }
    long voters = evaluation.votersBySection().values().stream().mapToLong(Long::longValue).sum();
    assertThat(voters + evaluation.ineligible()).isEqualTo(linked.people().size());
    // Every record belongs to exactly one person.
    assertThat(linked.people().stream().mapToLong(person -> person.records().size()).sum()).isEqualTo(register.records().size());
  }

  @Property(tries = 200)
  void aRulesetComparedWithItselfChangesNothing(@ForAll("registers") Register register) {
    LinkedRegister linked = PersonLinker.link(register);
    Evaluation evaluation = new Evaluator(Fixtures.nec2016()).evaluate(linked);
    assertThat(EligibilityDiff.between(evaluation, new Evaluator(Fixtures.nec2016()).evaluate(linked)).isEmpty()).isTrue();
  }

  @Property(tries = 200)
  void aLaterFreezeDateOnlyGivesVotes(@ForAll("registers") Register register) {
    LinkedRegister linked = PersonLinker.link(register);
    Evaluation frozen = new Evaluator(Fixtures.nec2016()).evaluate(linked);
    Evaluation later = new Evaluator(Fixtures.ruleset("High Court", Optional.of(LocalDate.parse("2016-07-12")))).evaluate(linked);
    EligibilityDiff diff = EligibilityDiff.between(frozen, later);
    assertThat(diff.count(Change.Kind.LOST)).isZero();
    for (Change change : diff.changes()) {
      assertThat(change.after()).contains(Section.MEMBER);
      assertThat(change.failedBefore().contains(Rule.FREEZE_DATE) || change.before().isPresent()).isTrue();
    }
    assertThat(diff.gainedBySection().get(Section.MEMBER) - diff.lostBySection().get(Section.MEMBER))
        .isEqualTo(later.votersBySection().get(Section.MEMBER) - frozen.votersBySection().get(Section.MEMBER));
  }

  @Provide
  Arbitrary<Register> registers() {
    return Arbitraries.integers().between(0, 40).flatMap(size -> Arbitraries.longs().map(seed -> randomRegister(size, new Random(seed))));
  }

  /** People drawn from a small pool of names and e-mails, so that links and near matches happen. */
  static Register randomRegister(int size, Random random) {
    List<MembershipRecord> records = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Contact contact = new Contact("Name" + random.nextInt(8), random.nextInt(4) == 0 ? "" : "p" + random.nextInt(12) + "@example.org", "N7 " + random.nextInt(3) + "AA", CLPS.get(random.nextInt(CLPS.size())).code());
      LocalDate joined = EARLIEST.plusDays(random.nextInt(600));
      switch (random.nextInt(3)) {
        case 0 -> records.add(new MemberRecord("L" + i, contact, joined, MemberStatus.values()[random.nextInt(4) == 0 ? 1 : 0], joined.plusDays(random.nextInt(900)), Optional.empty()));
        case 1 -> {
          Instant paid = Fixtures.WINDOW_OPENS.plusSeconds(random.nextInt(400_000) - 100_000);
          records.add(new RegisteredSupporterRecord("RS" + i, contact, Optional.empty(), paid.minusSeconds(60), random.nextInt(5) == 0 ? Optional.empty() : Optional.of(paid), random.nextBoolean() ? 2500 : 300, Vetting.values()[random.nextInt(3)]));
        }
        default -> records.add(new AffiliatedSupporterRecord(random.nextBoolean() ? "UNITE" : "GMB", "A" + i, contact, random.nextInt(4) == 0 ? Optional.of("L" + random.nextInt(size)) : Optional.empty(), LocalDate.parse("2016-07-01").plusDays(random.nextInt(60)), Vetting.values()[random.nextInt(3)]));
      }
      if (random.nextInt(10) == 0) {
        exclusions.add(new Exclusion(records.get(records.size() - 1).key(), "abuse", Instant.parse("2016-08-10T10:00:00Z"), "NEC panel"));
      }
    }
    return Register.of(CLPS, records, exclusions);
  }

}
