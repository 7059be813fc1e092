package org.scrutineer.count.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

class ReportTextTest {
  @Test
  void aStageSheetWithCandidatesAsRowsRoundsAsColumnsAndWhatEachRoundDid() {
    Map<String, BigDecimal> t1 = new LinkedHashMap<>();
    t1.put("Smith", new BigDecimal("40"));
    t1.put("Corbyn", new BigDecimal("45"));
    t1.put("Eagle", new BigDecimal("15"));
    Map<String, BigDecimal> t2 = new LinkedHashMap<>();
    t2.put("Smith", new BigDecimal("48.5"));
    t2.put("Corbyn", new BigDecimal("50"));
    Round one = new Round(1, t1, BigDecimal.ZERO, List.of(), List.of("Eagle"),
        Map.of("Eagle", Map.of("Smith", new BigDecimal("8.5"))), Optional.empty(),
        List.of(new TieBreakRecord(TieBreaker.Purpose.ELIMINATE, List.of("Eagle", "Smith"), "Eagle", "candidate order")));
    Round two = new Round(2, t2, new BigDecimal("1.5"), List.of("Corbyn"), List.of(), Map.of(), Optional.empty(), List.of());
    Map<String, BigDecimal> s1 = new LinkedHashMap<>();
    s1.put("Smith", new BigDecimal("10"));
    CountReport report = new CountReport("irv", 1, Optional.of(new BigDecimal("50.5")), List.of("Corbyn"), List.of(one, two),
        Map.of("members", List.of(new SectionRound(1, s1, BigDecimal.ZERO))), CountRules.defaults(), Map.of(), List.of());
    assertThat(ReportText.render(report)).isEqualTo("""
        Method irv, 1 seat, quota 50.5
        Elected, in order: Corbyn

        Candidate  Round 1  Round 2
        Smith           40     48.5
        Corbyn          45       50  elected in round 2
        Eagle           15           eliminated in round 1
        Exhausted        0      1.5

        Round 1: Eagle, Smith tied to be eliminated; Eagle chosen by candidate order.
        Round 1: Eagle eliminated.
        Round 1: transferred from Eagle: Smith 8.5.
        Round 2: Corbyn elected.

        Section members:
        Candidate  Round 1
        Smith           10
        Exhausted        0
        """);
  }

  @Test
  void aMethodWithoutRoundsShowsItsPairwiseMatrixOrGradesAndTheRanking() {
    var candidates = org.scrutineer.count.ballot.Candidates.of(List.of("Corbyn", "Smith", "Owen"));
    var ballots = new org.scrutineer.count.ballot.RankedBallots(candidates, List.of(
        org.scrutineer.count.ballot.RankedBallot.of(new int[] {0}, new int[] {1}, new int[] {2}),
        org.scrutineer.count.ballot.RankedBallot.of(new int[] {0}, new int[] {2}, new int[] {1}),
        org.scrutineer.count.ballot.RankedBallot.of(new int[] {1}, new int[] {0}, new int[] {2})));
    var schulze = new org.scrutineer.count.method.schulze.Schulze();
    List<String> lines = ReportText.lines(schulze.count(ballots, 1, schulze.defaults()));
    assertThat(lines).contains(
        "Valid ballots: 3, blank: 0",
        "        Corbyn  Smith  Owen",
        "Corbyn       -      2     3",
        "Smith        1      -     2",
        "Owen         0      1     -",
        "Ranking: 1. Corbyn; 2. Smith; 3. Owen");
    assertThat(lines).noneMatch(line -> line.startsWith("Exhausted"));

    var graded = new org.scrutineer.count.ballot.GradedBallots(candidates, 2, List.of(
        new org.scrutineer.count.ballot.GradedBallot(new int[] {1, 2, 2}, BigDecimal.ONE, ""),
        new org.scrutineer.count.ballot.GradedBallot(new int[] {1, 1, 2}, BigDecimal.ONE, ""),
        new org.scrutineer.count.ballot.GradedBallot(new int[] {2, 1, 1}, BigDecimal.ONE, "")));
    var mj = new org.scrutineer.count.method.mj.MajorityJudgment();
    assertThat(ReportText.lines(mj.count(graded, 1, mj.defaults()))).contains(
        "Candidate  grade 1  grade 2  majority grade",
        "Corbyn           2        1               1",
        "Owen             1        2               2");
  }

  @Test
  void aMethodWithoutRoundsShowsEachSectionsPairwiseMatrixUnderItsName() {
    var candidates = org.scrutineer.count.ballot.Candidates.of(List.of("Corbyn", "Smith", "Owen"));
    var ballots = new org.scrutineer.count.ballot.RankedBallots(candidates, List.of(
        new org.scrutineer.count.ballot.RankedBallot(new int[][] {{0}, {1}, {2}}, new BigDecimal("2"), "members"),
        // Owen unranked: below both, so Corbyn and Smith each beat him on this ballot
        new org.scrutineer.count.ballot.RankedBallot(new int[][] {{1}, {0}}, BigDecimal.ONE, "supporters"),
        new org.scrutineer.count.ballot.RankedBallot(new int[][] {}, BigDecimal.ONE, "supporters")));
    var schulze = new org.scrutineer.count.method.schulze.Schulze();
    assertThat(ReportText.render(schulze.count(ballots, 1, schulze.defaults()))).isEqualTo("""
        Method schulze, 1 seat
        Elected, in order: Corbyn

        Valid ballots: 3, blank: 1

        Pairwise preferences (ballots ranking the row's candidate above the column's):
                Corbyn  Smith  Owen
        Corbyn       -      2     3
        Smith        1      -     3
        Owen         0      0     -

        Ranking: 1. Corbyn; 2. Smith; 3. Owen

        Section members:
        Valid ballots: 2, blank: 0
                Corbyn  Smith  Owen
        Corbyn       -      2     2
        Smith        0      -     2
        Owen         0      0     -

        Section supporters:
        Valid ballots: 1, blank: 1
                Corbyn  Smith  Owen
        Corbyn       -      0     1
        Smith        1      -     1
        Owen         0      0     -
        """);
  }

  @Test
  void majorityJudgmentShowsEachSectionsGradeCountsWithoutMajorityGrades() {
    var candidates = org.scrutineer.count.ballot.Candidates.of(List.of("Corbyn", "Smith"));
    var graded = new org.scrutineer.count.ballot.GradedBallots(candidates, 2, List.of(
        new org.scrutineer.count.ballot.GradedBallot(new int[] {1, 2}, new BigDecimal("2"), "members"),
        new org.scrutineer.count.ballot.GradedBallot(new int[] {2, 1}, BigDecimal.ONE, "affiliates"),
        new org.scrutineer.count.ballot.GradedBallot(new int[] {0, 0}, BigDecimal.ONE, "affiliates")));
    var mj = new org.scrutineer.count.method.mj.MajorityJudgment();
    assertThat(ReportText.render(mj.count(graded, 1, mj.defaults()))).isEqualTo("""
        Method mj, 1 seat
        Elected, in order: Corbyn

        Valid ballots: 3, blank: 1

        Grades (how many ballots gave each grade, best first) and majority grade:
        Candidate  grade 1  grade 2  majority grade
        Corbyn           2        1               1
        Smith            1        2               2

        Ranking: 1. Corbyn; 2. Smith

        Section members:
        Valid ballots: 2, blank: 0
        Candidate  grade 1  grade 2
        Corbyn           2        0
        Smith            0        2

        Section affiliates:
        Valid ballots: 1, blank: 1
        Candidate  grade 1  grade 2
        Corbyn           0        1
        Smith            1        0
        """);
  }
}
