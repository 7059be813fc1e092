package org.scrutineer.cli.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;

class CountCommandTest {
  @TempDir Path dir;

  private CommandRun count(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "count";
    System.arraycopy(args, 0, all, 1, args.length);
    return Scrutineer.run(dir, Clock.systemUTC(), new byte[0], all);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void pluralityPrintsTheTableAndWritesTheJsonReport() throws IOException {
    write("ballots.csv", "section,count,r1,r2\nmembers,5,Corbyn,Smith\nmembers,3,Smith,\nsupporters,4,Smith,Corbyn\n");
    CommandRun run = count("--method", "plurality", "--seats", "1", "--input", "ballots.csv", "--json", "report.json")
        .assertSucceeded();
    assertThat(run.outLines()).contains("Elected, in order: Smith", "Round 1: Smith elected.", "Section members:");
    assertThat(run.outLines()).containsSubsequence("Candidate  Round 1", "Corbyn           5", "Smith            7  elected in round 1",
        "Exhausted        0");
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("I: read 3 ballot lines from ballots.csv into 3 distinct ballots of 2 candidates"));
    String json = Files.readString(dir.resolve("report.json"));
    assertThat(json).contains("\"method\" : \"plurality\"").contains("\"winners\" : [ \"Smith\" ]").contains("\"members\" : [ {");
  }

  @Test
  void approvalFromABltFileTakesItsSeats() throws IOException {
    write("ward.blt", "3 2\n2 1 2 0\n1 3 0\n1 2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Ward\"\n");
    CommandRun run = count("--method", "approval", "--input", "ward.blt").assertSucceeded();
    assertThat(run.outLines()).contains("Method approval, 2 seats", "Elected, in order: B, A");
  }

  @Test
  void flagsOverrideTheRulesFileAndTheReportSaysWhichRulesApplied() throws IOException {
    write("b.csv", "r1\nA\nB\nC\n");
    write("rules.json", "{\"tiebreak\": \"candidate-order\", \"decimal-places\": 2}");
    count("--method", "plurality", "--seats", "1", "--input", "b.csv", "--rules", "rules.json", "--tiebreak", "random:9",
        "--candidates", "C,B,A", "--json", "r.json").assertSucceeded();
    String json = Files.readString(dir.resolve("r.json"));
    assertThat(json).contains("\"tiebreak\" : \"random:9\"").contains("\"decimal-places\" : 2").contains("\"candidates\" : [ \"C\", \"B\", \"A\" ]")
        .contains("draw with seed 9");
  }

  @Test
  void everyBadFlagIsNamedWithTheValuesItAccepts() throws IOException {
    write("b.csv", "r1\nA\n");
    CommandRun run = count("--method", "plurality", "--seats", "two", "--input", "b.csv", "--overvote", "drop", "--tiebreak", "coin",
        "--max-skipped-ranks", "many", "--format", "xls", "--decimal-places", "30", "--json", "r.json");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).containsExactly(
        "E: --seats \"two\" is not a positive whole number (expected e.g. --seats 1)",
        "E: --overvote \"drop\" is not an overvote rule (expected exhaust, skip or exhaust-if-multiple-continuing)",
        "E: --max-skipped-ranks \"many\" is not a number of ranks (expected a whole number 0 or more, or unlimited)",
        "E: --tiebreak \"coin\" is not a tie-break (expected previous-round, candidate-order, random:SEED or previous-round-then-random:SEED,"
            + " SEED a whole number)",
        "E: --decimal-places \"30\" is not a number of decimal places (expected a whole number 0 … 20)",
        "E: --format \"xls\" is not a ballot format (expected one of csv, blt, soi, toc, toi, belenios)",
        "scrutineer: 6 problems; nothing was counted. Fix the command line and run again.");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void anOptionTheMethodDoesNotReadIsNamedInAWarning() throws IOException {
    write("b.csv", "r1,r2\nA,B\nB,A\nA,\n");
    write("rules.json", "{\"batch-elimination\": true}");
    CommandRun run = count("--method", "schulze", "--input", "b.csv", "--rules", "rules.json", "--overvote", "skip").assertSucceeded();
    assertThat(run.errLines()).contains(
        "W: overvote (flag --overvote or rules-file key) does not change a schulze count, which reads only candidates; it is ignored",
        "W: batch-elimination (flag --batch-elimination or rules-file key) does not change a schulze count, which reads only candidates; it is ignored");
    CommandRun irv = count("--method", "irv", "--input", "b.csv", "--batch-elimination").assertSucceeded();
    assertThat(irv.errLines()).noneMatch(line -> line.startsWith("W:"));
  }

  @Test
  void anUnknownMethodSaysWhichExist() throws IOException {
    write("b.csv", "r1\nA\n");
    assertThat(count("--method", "borda", "--seats", "1", "--input", "b.csv").errLines()).first().asString()
        .isEqualTo("E: --method \"borda\" is not a counting method (expected one of plurality, approval, irv, sequential-irv, bottoms-up,"
            + " stv, stv-scottish, stv-meek, stv-belenios, schulze, mj)");
  }

  @Test
  void inputProblemsAreAllListedAndNoReportIsWritten() throws IOException {
    write("b.csv", "count,r1\nx,A\n2,Smiht\n");
    CommandRun run = count("--method", "plurality", "--seats", "1", "--input", "b.csv", "--candidates", "A,Smith", "--json", "r.json");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).containsExactly(
        "E: b.csv:2: column count \"x\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "E: b.csv:3: column r1 \"Smiht\" is not a candidate (expected one of A, Smith (the --candidates list), written exactly so)",
        "scrutineer: 2 problems; nothing was counted. Fix them and run again.");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void rulesFileProblemsAreNamedByKey() throws IOException {
    write("b.csv", "r1\nA\n");
    write("rules.json", "{\"overvotes\": \"skip\"}");
    CommandRun run = count("--method", "plurality", "--seats", "1", "--input", "b.csv", "--rules", "rules.json");
    assertThat(run.errLines().get(0)).startsWith("E: rules.json: key overvotes: is not a rule option (the keys are overvote, ");
  }

  @Test
  void impossibleSeatsAndUnknownExtensionsFailAndSeatsDefaultToOne() throws IOException {
    write("b.csv", "r1\nA\nB\n");
    assertThat(count("--method", "plurality", "--seats", "3", "--input", "b.csv").errLines()).last().asString()
        .isEqualTo("scrutineer: plurality fills 1 … 2 seats with 2 candidates, not 3 (give --seats between 1 and 2)");
    CommandRun oneSeatByDefault = count("--method", "plurality", "--input", "b.csv").assertSucceeded();
    assertThat(oneSeatByDefault.out()).contains("Method plurality, 1 seat");
    write("b.txt", "r1\nA\n");
    assertThat(count("--method", "plurality", "--seats", "1", "--input", "b.txt").errLines()).first().asString()
        .isEqualTo("E: --input b.txt: the extension does not say the format (give --format, one of csv, blt, soi, toc, toi, belenios)");
    assertThat(count("--method", "plurality", "--seats", "1", "--input", "b.txt", "--format", "csv").succeeded()).isTrue();
    assertThat(count("--method", "plurality", "--seats", "1", "--input", "missing.csv").errLines()).last().asString()
        .endsWith("missing.csv: No such file or directory");
    Files.write(dir.resolve("latin1.csv"), "r1\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(count("--method", "plurality", "--seats", "1", "--input", "latin1.csv").errLines()).last().asString()
        .isEqualTo("scrutineer: latin1.csv is not UTF-8 text (save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
  }

  @Test
  void decryptedBeleniosBallotsCountByAnyMethodNamedByCandidates() throws IOException {
    write("q1.json", "[[1,2,3],[1,3,2],[2,1,3],[3,2,1],[1,2,3]]");
    CommandRun schulze = count("--method", "schulze", "--input", "q1.json", "--candidates", "Corbyn,Smith,Owen").assertSucceeded();
    assertThat(schulze.outLines()).contains("Corbyn       -      3     4", "Ranking: 1. Corbyn; 2. Smith; 3. Owen");
    CommandRun irv = count("--method", "irv", "--input", "q1.json", "--format", "belenios").assertSucceeded();
    assertThat(irv.out()).contains("Elected, in order: choice 1").contains("choice 1         3  elected in round 1");
    CommandRun mj = count("--method", "mj", "--input", "q1.json", "--grades", "3").assertSucceeded();
    assertThat(mj.out()).contains("Ranking: 1. choice 1; 2. choice 2; 3. choice 3");
    write("short.json", "[[1,2,3],[1,2]]");
    assertThat(count("--method", "irv", "--input", "short.json").errLines()).first().asString()
        .startsWith("E: short.json: ballot 2 has 2 entries but the question has 3 choices");
  }
}
