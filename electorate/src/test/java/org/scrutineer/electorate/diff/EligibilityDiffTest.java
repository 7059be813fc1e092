package org.scrutineer.electorate.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.electorate.Fixtures.CLPS;
import static org.scrutineer.electorate.Fixtures.member;
import static org.scrutineer.electorate.Fixtures.supporter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Fixtures;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.evaluation.Rule;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.PersonLinker;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.Section;

class EligibilityDiffTest {
  /** The freeze-date case in miniature: two recent members (one of whom paid £25), one old member. */
  @Test
  void theHighCourtRulingGivesRecentMembersAVoteAndMovesOneFromTheSupporterSection() {
    MemberRecord recentPontypridd = new MemberRecord("L3", new Contact("Cy", "cy@example.org", "CF37 1AA", "PONT"), LocalDate.parse("2016-05-01"), org.scrutineer.electorate.register.MemberStatus.ACTIVE, LocalDate.parse("2017-05-01"), Optional.empty());
    LinkedRegister linked =
        PersonLinker.link(
            Register.of(
                CLPS,
                List.of(member("L1", "Ada", "ada@example.org", "1998-05-01"), member("L2", "Ben", "ben@example.org", "2016-03-04"), supporter("RS1", "Ben", "ben@example.org", "2016-07-19T10:00:00Z"), recentPontypridd),
                List.of()));
    Evaluation nec = new Evaluator(Fixtures.nec2016()).evaluate(linked);
    Evaluation highCourt = new Evaluator(Fixtures.ruleset("High Court", Optional.of(LocalDate.parse("2016-07-12")))).evaluate(linked);
    EligibilityDiff diff = EligibilityDiff.between(nec, highCourt);

    assertThat(diff.changes()).extracting(Change::personId, Change::kind).containsExactly(org.assertj.core.groups.Tuple.tuple("member:L2", Change.Kind.MOVED), org.assertj.core.groups.Tuple.tuple("member:L3", Change.Kind.GAINED));
    assertThat(diff.changes().get(1).failedBefore()).containsExactly(Rule.FREEZE_DATE);
    assertThat(diff.gainedBySection()).containsEntry(Section.MEMBER, 2L).containsEntry(Section.REGISTERED_SUPPORTER, 0L);
    assertThat(diff.lostBySection()).containsEntry(Section.REGISTERED_SUPPORTER, 1L).containsEntry(Section.MEMBER, 0L);
    Map<String, Map<Section, Long>> byClp = diff.netByClp();
    assertThat(byClp.get("ISL-N")).containsEntry(Section.MEMBER, 1L).containsEntry(Section.REGISTERED_SUPPORTER, -1L);
    assertThat(byClp.get("PONT")).containsEntry(Section.MEMBER, 1L);
  }

  @Test
  void evaluationsOfDifferentRegistersCannotBeCompared() {
    Evaluator evaluator = new Evaluator(Fixtures.nec2016());
    Evaluation one = evaluator.evaluate(PersonLinker.link(Register.of(List.<Clp>of(CLPS.get(0)), List.of(member("L1", "Ada", "a@example.org", "1998-05-01")), List.of())));
    Evaluation other = evaluator.evaluate(PersonLinker.link(Register.of(List.<Clp>of(CLPS.get(0)), List.of(member("L9", "Ada", "a@example.org", "1998-05-01")), List.of())));
    assertThatThrownBy(() -> EligibilityDiff.between(one, other)).hasMessageContaining("different registers: member:L1 against member:L9");
  }
}
