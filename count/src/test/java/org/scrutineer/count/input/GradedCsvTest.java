package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.GradedBallots;

class GradedCsvTest {
  private static Parsed<GradedBallots> read(String text, ReadOptions options) throws IOException {
    return GradedCsv.read(new StringReader(text), "grades.csv", options);
  }

  @Test
  void readsGradesCountsAndBlankBallotsWithTheLargestGradeAsG() throws IOException {
    Parsed<GradedBallots> parsed = read("count,Smith,Corbyn\n3,1,2\n2,0,0\n1,1,2\n1,4,1\n", ReadOptions.none());
    GradedBallots ballots = parsed.get();
    assertThat(ballots.candidates().names()).containsExactly("Smith", "Corbyn");
    assertThat(ballots.grades()).isEqualTo(4);
    assertThat(ballots.ballots()).extracting(Object::toString).containsExactly("[1, 2]×4", "[0, 0]×2", "[4, 1]×1");
    assertThat(ballots.ballots().get(1).blank()).isTrue();
  }

  @Test
  void candidatesFixTheOrderAndGradesFixG() throws IOException {
    Parsed<GradedBallots> parsed = read("section,Smith,Corbyn\nm,1,2\n", ReadOptions.none().withCandidates(List.of("Corbyn", "Smith")).withGrades(6));
    assertThat(parsed.get().candidates().names()).containsExactly("Corbyn", "Smith");
    assertThat(parsed.get().grades()).isEqualTo(6);
    assertThat(parsed.get().ballots()).extracting(Object::toString).containsExactly("[2, 1]×1@m");
  }

  @Test
  void badGradesCountsAndColumnsAreReported() throws IOException {
    assertThat(Ballots.messages(read("count,Smith,Corbyn\nx,1,2\n1,best,-1\n", ReadOptions.none()))).containsExactly(
        "grades.csv:2: column count \"x\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "grades.csv:3: column Smith \"best\" is not a grade (expected a whole number, 1 = best, 0 = not graded)",
        "grades.csv:3: column Corbyn \"-1\" is not a grade (expected a whole number, 1 = best, 0 = not graded)");
    assertThat(Ballots.messages(read("Smith,Corbyn\n1,7\n", ReadOptions.none().withGrades(5)))).containsExactly(
        "grades.csv: has grade 7 on line 2, beyond --grades 5 (grade from 1 (best) to 5, or give the right --grades)");
    assertThat(Ballots.messages(read("Smith,Corbin\n1,2\n", ReadOptions.none().withCandidates(List.of("Smith", "Corbyn"))))).containsExactly(
        "grades.csv:1: the header's column \"Corbin\" is not a candidate (expected one of Smith, Corbyn (the --candidates list), written exactly so)",
        "grades.csv:1: the header has no column for candidate Corbyn (give every candidate of --candidates a column)");
    assertThat(Ballots.messages(read("count,section\n", ReadOptions.none()))).containsExactly(
        "grades.csv:1: the header names no candidate (give one column per candidate, headed by the candidate's name, e.g. count,Smith,Corbyn)");
  }
}
