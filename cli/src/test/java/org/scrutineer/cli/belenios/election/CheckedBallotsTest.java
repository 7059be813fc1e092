package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckedBallotsTest {
  @Test
  void aCommandOnItsOwnKeepsNothing_andAScopeEndsWithItsCommands() {
    CheckedBallots memory = new CheckedBallots();
    assertThat(CheckedBallots.current()).isNull();

    int status = memory.during(() -> CheckedBallots.current() == memory ? 0 : 1);

    assertThat(status).isZero();
    assertThat(CheckedBallots.current()).as("after the scope").isNull();
  }

  @Test
  void anInnerScopeGivesTheOuterOneBack() {
    CheckedBallots outer = new CheckedBallots();
    CheckedBallots inner = new CheckedBallots();

    int status = outer.during(() -> inner.during(() -> CheckedBallots.current() == inner ? 0 : 1) + (CheckedBallots.current() == outer ? 0 : 10));

    assertThat(status).isZero();
  }

  @Test
  void aBallotPassesOnlyForTheElectionItWasCheckedAgainst() {
    CheckedBallots memory = new CheckedBallots();
    memory.pass("election-a", "ballot-1");

    assertThat(memory.passed("election-a", "ballot-1")).isTrue();
    assertThat(memory.passed("election-b", "ballot-1")).isFalse();
    assertThat(memory.passed("election-a", "ballot-2")).isFalse();
  }
}
