package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BallotFormatTest {
  @Test
  void extensionPicksTheFormatWhateverItsCase() {
    assertThat(BallotFormat.byExtension("ward7.BLT")).hasValue(BallotFormat.BLT);
    assertThat(BallotFormat.byExtension("dir.v2/ballots.csv")).hasValue(BallotFormat.CSV);
    assertThat(BallotFormat.byExtension("e.toi")).hasValue(BallotFormat.TOI);
    assertThat(BallotFormat.byExtension("ballots")).isEmpty();
    assertThat(BallotFormat.byExtension("ballots.txt")).isEmpty();
    assertThat(BallotFormat.byExtension("result-q2.json")).hasValue(BallotFormat.BELENIOS);
    assertThat(BallotFormat.flags()).isEqualTo("csv, blt, soi, toc, toi, belenios");
  }

  @Test
  void gradesAreReadFromCsvOrBeleniosBallots() throws IOException {
    assertThat(Ballots.messages(BallotReader.graded(new StringReader(""), "w.blt", BallotFormat.BLT, ReadOptions.none()))).containsExactly(
        "w.blt: is blt, which holds rankings, not grades (give majority judgment a CSV of grades: count,CANDIDATE,CANDIDATE,… with 1 = best, 0 = not graded, or decrypted Belenios ballots with --format belenios)");
    assertThat(BallotReader.ranked(new StringReader("r1\nA\n"), "b.csv", BallotFormat.CSV, ReadOptions.none()).ok()).isTrue();
  }

  @Test
  void beleniosBallotsAreRankedByTheirNumbersAndNamedByCandidatesOrPosition() throws IOException {
    var read = BallotReader.ranked(new StringReader("[[1,2,0],[2,1,1],[1,2,0]]"), "r.json", BallotFormat.BELENIOS, ReadOptions.none());
    assertThat(read.ok()).isTrue();
    var ballots = read.value().orElseThrow().ballots();
    assertThat(ballots.candidates().names()).containsExactly("choice 1", "choice 2", "choice 3");
    assertThat(ballots.ballots()).hasSize(2); // the two [1,2,0] ballots are grouped
    assertThat(ballots.ballots().get(0).weight()).isEqualByComparingTo("2");
    assertThat(ballots.ballots().get(1).ranks()).isEqualTo(new int[][] {{1, 2}, {0}});
    assertThat(read.value().orElseThrow().lines()).isEqualTo(3);

    var named = BallotReader.ranked(new StringReader("[[1,2]]"), "r.json", BallotFormat.BELENIOS,
        new ReadOptions(java.util.Optional.of(java.util.List.of("Corbyn", "Smith")), java.util.OptionalInt.empty()));
    assertThat(named.value().orElseThrow().ballots().candidates().names()).containsExactly("Corbyn", "Smith");
  }

  @Test
  void beleniosBallotProblemsNameTheFileAndBallot() throws IOException {
    assertThat(Ballots.messages(BallotReader.ranked(new StringReader("[[1,2],[1]]"), "r.json", BallotFormat.BELENIOS, ReadOptions.none())))
        .singleElement().asString().startsWith("r.json: ballot 2 has 1 entries but the question has 2 choices");
    assertThat(Ballots.messages(BallotReader.ranked(new StringReader("[]"), "r.json", BallotFormat.BELENIOS, ReadOptions.none())))
        .containsExactly("r.json: holds no ballots, so the question's choices are unknown (give --candidates \"A,B,…\" in the question's order, or a file with ballots)");
    assertThat(Ballots.messages(BallotReader.graded(new StringReader("[[1,4]]"), "g.json", BallotFormat.BELENIOS,
            new ReadOptions(java.util.Optional.empty(), java.util.OptionalInt.of(3)))))
        .singleElement().asString().startsWith("g.json: ballot 1: choice 2 (choice 2) has grade 4; grades are 1 (best) to 3");
  }
}
