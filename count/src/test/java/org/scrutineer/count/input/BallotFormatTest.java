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
    assertThat(BallotFormat.flags()).isEqualTo("csv, blt, soi, toc, toi");
  }

  @Test
  void gradesAreReadFromCsvOnly() throws IOException {
    assertThat(Ballots.messages(BallotReader.graded(new StringReader(""), "w.blt", BallotFormat.BLT, ReadOptions.none()))).containsExactly(
        "w.blt: is blt, which holds rankings, not grades (give majority judgment a CSV of grades: count,CANDIDATE,CANDIDATE,… with 1 = best, 0 = not graded)");
    assertThat(BallotReader.ranked(new StringReader("r1\nA\n"), "b.csv", BallotFormat.CSV, ReadOptions.none()).ok()).isTrue();
  }
}
