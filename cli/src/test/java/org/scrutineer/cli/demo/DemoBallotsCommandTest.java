package org.scrutineer.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.count.synthetic.SyntheticBallots;

class DemoBallotsCommandTest {
  @TempDir Path work;

  @Test
  void writesOneLinePerBallotWithSectionAndRanks() throws IOException {
    CommandRun run = ballots("--ballots", "1000", "--candidates", "4", "--seed", "5", "--out", "b.csv").assertSucceeded();

    List<String> lines = Files.readAllLines(work.resolve("b.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(0)).isEqualTo("section,r1,r2,r3,r4,r5");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
        assertThat(SyntheticBallots.SECTIONS).anySatisfy(section -> assertThat(line).startsWith(section + ",")));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("|"));
    assertThat(run.out()).contains("1000 ballots among Adams, Baker, Clarke, Davies in");
  }

  @Test
  void beleniosFormatGivesEachCandidatesRankAndReadsBackAsTheSameBallots() throws IOException {
    ballots("--ballots", "300", "--candidates", "3", "--seed", "9", "--out", "b.csv").assertSucceeded();
    ballots("--ballots", "300", "--candidates", "3", "--seed", "9", "--format", "belenios", "--out", "b.json").assertSucceeded();

    String json = Files.readString(work.resolve("b.json"));
    assertThat(json).startsWith("[\n[").endsWith("]\n]\n");
    List<String> csv = Files.readAllLines(work.resolve("b.csv"), StandardCharsets.UTF_8);
    List<String> belenios = List.of(json.substring(2, json.length() - 3).split(",\n"));
    assertThat(belenios).hasSize(300);
    List<String> names = List.of("Adams", "Baker", "Clarke");
    for (int i = 0; i < 300; i++) {
      String[] cells = csv.get(i + 1).split(",", -1);
      int[] rank = new int[3];
      for (int r = 1; r < cells.length; r++) {
        for (String name : cells[r].isEmpty() ? new String[0] : cells[r].split("\\|")) {
          rank[names.indexOf(name)] = r;
        }
      }
      assertThat(belenios.get(i)).as("ballot " + (i + 1)).isEqualTo("[" + rank[0] + "," + rank[1] + "," + rank[2] + "]");
    }
  }

  @Test
  void sameArgumentsWriteTheSameBytes() throws IOException {
    ballots("--ballots", "500", "--out", "a.csv").assertSucceeded();
    ballots("--ballots", "500", "--out", "b.csv").assertSucceeded();
    assertThat(Files.readAllBytes(work.resolve("b.csv"))).isEqualTo(Files.readAllBytes(work.resolve("a.csv")));
  }

  @Test
  void refusesImpossibleCountsAndLeavesNoFile() {
    CommandRun run = ballots("--ballots", "10", "--candidates", "1", "--out", "x.csv");
    assertThat(run.status()).isNotZero();
    assertThat(run.stderr()).contains("--candidates must be between 2 and 20, got 1");
    assertThat(work.resolve("x.csv")).doesNotExist();
  }

  private CommandRun ballots(String... args) {
    List<String> all = new ArrayList<>(List.of("demo", "ballots"));
    all.addAll(List.of(args));
    return Scrutineer.run(work, Clock.systemUTC(), new byte[0], all.toArray(String[]::new));
  }
}
