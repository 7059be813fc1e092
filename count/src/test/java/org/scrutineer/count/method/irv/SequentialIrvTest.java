package org.scrutineer.count.method.irv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

class SequentialIrvTest {
  private static final CountRules RULES = new SequentialIrv().defaults();

  @Test
  void eachPassElectsOneAndTheNextStartsAgainFromAllBallotsWithoutThem() {
    // Pass 1: A 6 of 11 wins at once. Pass 2, A removed: A's six ballots go to C, 8 against B's 3.
    var ballots = TestBallots.of("A B C", "6: A C", "3: B", "2: C B");
    CountReport report = new SequentialIrv().count(ballots, 2, RULES);
    assertThat(report.winners()).containsExactly("A", "C");
    assertThat(report.rounds()).extracting(r -> r.round()).containsExactly(1, 2);
    assertThat(report.rounds().get(0).tally()).containsOnlyKeys("A", "B", "C");
    assertThat(report.rounds().get(1).tally()).containsOnlyKeys("B", "C");
    assertThat(report.rounds().get(1).tally().get("C")).isEqualByComparingTo("8");
    assertThat(report.details().get("passes")).isEqualTo(List.of(
        Map.of("pass", 1, "firstRound", 1, "lastRound", 1, "elected", "A"),
        Map.of("pass", 2, "firstRound", 2, "lastRound", 2, "elected", "C")));
  }

  @Test
  void aPassMayTakeSeveralRoundsAndTheRoundsAreNumberedOn() {
    var ballots = TestBallots.of("A B C D", "4: A B", "3: B C", "2: C B", "1: D A");
    CountReport report = new SequentialIrv().count(ballots, 2, RULES);
    // Pass 1: A 4, B 3, C 2, D 1; D goes (to A); C goes (to B); A 5 and B 5 are the last two, and
    // previous rounds elect A (5 to 3 in round 2). Pass 2, round 4, A removed: B 7 of 9 wins.
    assertThat(report.winners()).containsExactly("A", "B");
    assertThat(report.rounds()).extracting(r -> r.round()).containsExactly(1, 2, 3, 4);
    assertThat(report.rounds().get(2).tieBreaks()).singleElement().satisfies(t -> assertThat(t.chosen()).isEqualTo("A"));
    assertThat(report.rounds().get(3).tally()).containsOnlyKeys("B", "C", "D");
    assertThat(report.rounds().get(3).tally().get("B")).isEqualByComparingTo("7");
    assertThat(report.rounds().get(3).tally().get("D")).isEqualByComparingTo("1");
  }

  @Test
  void seatsMustBeBetweenOneAndTheNumberOfCandidates() {
    var ballots = TestBallots.of("A B", "1: A");
    assertThatThrownBy(() -> new SequentialIrv().count(ballots, 3, RULES)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SequentialIrv().count(ballots, 0, RULES)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new SequentialIrv().count(ballots, 2, RULES).winners()).containsExactly("A", "B");
  }

  @Test
  void sectionsFollowEveryPass() {
    var ballots = TestBallots.of("A B C", "m 6: A C", "s 3: B", "s 2: C B");
    CountReport report = new SequentialIrv().count(ballots, 2, RULES);
    assertThat(report.sections().get("m")).hasSize(report.rounds().size());
    assertThat(report.sections().get("m").get(1).tally().get("C")).isEqualByComparingTo("6");
  }
}
