package org.scrutineer.contest.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.error.RemovalRefused;
import org.scrutineer.electorate.register.Section;

class RemovalLogTest {
  private static final LocalDate TODAY = LocalDate.of(2016, 9, 20);
  private static final IssuedCredentials ISSUED = new IssuedCredentials(List.of(
      new IssuedCredential("M0001", Section.MEMBER, "1111"),
      new IssuedCredential("M0002", Section.MEMBER, "2222"),
      new IssuedCredential("R0001", Section.REGISTERED_SUPPORTER, "3333"),
      new IssuedCredential("A0001", Section.AFFILIATED_SUPPORTER, "4444")));
  private static final String REASON = "intimidation of other voters (rule 2.II.4)";
  private static final String PANEL = "NEC disputes panel";

  private static RemovalLog.Recorded recorded(RemovalLog.Outcome outcome) {
    assertThat(outcome).isInstanceOf(RemovalLog.Recorded.class);
    return (RemovalLog.Recorded) outcome;
  }

  private static List<String> refused(RemovalLog.Outcome outcome) {
    assertThat(outcome).isInstanceOf(RemovalLog.Refused.class);
    return ((RemovalLog.Refused) outcome).problems().stream().map(RemovalRefused::message).toList();
  }

  @Test
  void aRemovalNamesTheCredentialAndSectionNeverTheVoter() {
    RemovalLog.Recorded first = recorded(RemovalLog.empty()
        .add(new RemovalRequest(" R0001 ", "  " + REASON, PANEL + " ", TODAY.minusDays(2)), ISSUED, TODAY));
    assertThat(first.removal()).isEqualTo(new VoteRemoval(1, Section.REGISTERED_SUPPORTER, "3333", REASON, PANEL, TODAY.minusDays(2)));
    assertThat(first.removal().toString()).doesNotContain("R0001");
    RemovalLog.Recorded second = recorded(first.log().add(new RemovalRequest("M0002", REASON, PANEL, TODAY), ISSUED, TODAY));
    assertThat(second.removal().number()).isEqualTo(2);
    assertThat(second.log().removals()).containsExactly(first.removal(), second.removal());
  }

  @Test
  void theTallyLeavesOutTheRemovedCredentialsOfEachSectionOnly() {
    RemovalLog log = recorded(recorded(RemovalLog.empty().add(new RemovalRequest("M0001", REASON, PANEL, TODAY), ISSUED, TODAY))
        .log().add(new RemovalRequest("A0001", REASON, PANEL, TODAY), ISSUED, TODAY)).log();
    assertThat(log.removedCredentials(Section.MEMBER)).containsExactly("1111");
    assertThat(log.removedCredentials(Section.AFFILIATED_SUPPORTER)).containsExactly("4444");
    assertThat(log.removedCredentials(Section.REGISTERED_SUPPORTER)).isEmpty();
  }

  @Test
  void everyProblemOfARequestIsReportedWithItsFix() {
    List<String> problems = refused(RemovalLog.empty().add(new RemovalRequest("M9999", " ", "", TODAY.plusDays(1)), ISSUED, TODAY));
    assertThat(problems).containsExactly(
        "removal of M9999: reason is empty (say why the vote is removed, e.g. the rule broken)",
        "removal of M9999: authority is empty (name who decided, e.g. the NEC disputes panel)",
        "removal of M9999: decided 2016-09-21 is after today, 2016-09-20 (give the day the authority decided)",
        "removal of M9999: voter holds no credential in this contest (give the id as in the electorate's voter list;"
            + " someone without a credential has no vote to remove)");
  }

  @Test
  void aReasonOrAuthorityOfSeveralLinesIsRefused() {
    assertThat(refused(RemovalLog.empty().add(new RemovalRequest("M0001", "one\ntwo", PANEL, TODAY), ISSUED, TODAY)))
        .containsExactly("removal of M0001: reason is not one line of text (say why the vote is removed, e.g. the rule broken)");
  }

  @Test
  void anEmptyVoterIdIsRefused() {
    assertThat(refused(RemovalLog.empty().add(new RemovalRequest("  ", REASON, PANEL, TODAY), ISSUED, TODAY)))
        .containsExactly("removal of (no voter id): voter is empty (give the voter's id as in the electorate's voter list)");
  }

  @Test
  void aVoteIsRemovedOnceAndTheSecondRequestSaysWhenItWas() {
    RemovalLog log = recorded(RemovalLog.empty().add(new RemovalRequest("M0002", REASON, PANEL, TODAY.minusDays(5)), ISSUED, TODAY)).log();
    assertThat(refused(log.add(new RemovalRequest("M0002", "another reason", "General Secretary", TODAY), ISSUED, TODAY)))
        .containsExactly("removal of M0002: voter was removed already (removal 1, decided 2016-09-15 by NEC disputes panel) (nothing more to do)");
    assertThat(log.removals()).hasSize(1);
  }

  @Test
  void aLogReadBackMustBeNumberedInOrderWithoutRepeats() {
    VoteRemoval one = new VoteRemoval(1, Section.MEMBER, "1111", REASON, PANEL, TODAY);
    assertThatThrownBy(() -> new RemovalLog(List.of(new VoteRemoval(2, Section.MEMBER, "1111", REASON, PANEL, TODAY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 2");
    assertThatThrownBy(() -> new RemovalLog(List.of(one, new VoteRemoval(2, Section.MEMBER, "1111", REASON, PANEL, TODAY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a second time");
    assertThatThrownBy(() -> new VoteRemoval(1, Section.MEMBER, "1111", "", PANEL, TODAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VoteRemoval(1, Section.MEMBER, "0x11", REASON, PANEL, TODAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIssuedCredentialsGiveEachVoterAndCredentialOnce() {
    assertThatThrownBy(() -> new IssuedCredentials(List.of(new IssuedCredential("M1", Section.MEMBER, "5"),
            new IssuedCredential("M1", Section.MEMBER, "6"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two credentials");
    assertThatThrownBy(() -> new IssuedCredentials(List.of(new IssuedCredential("M1", Section.MEMBER, "5"),
            new IssuedCredential("R1", Section.REGISTERED_SUPPORTER, "5"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share a public credential");
  }
}
