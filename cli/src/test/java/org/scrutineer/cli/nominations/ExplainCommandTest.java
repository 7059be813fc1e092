package org.scrutineer.cli.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.Scrutineer;

class ExplainCommandTest {
  private static final Path EXAMPLE = ExampleSets.directory("2016-challenge");

  private static CommandRun explain(String... extra) {
    return Scrutineer.run(EXAMPLE, Clock.systemUTC(), new byte[0], ExampleSets.args(List.of("nominations", "explain"), extra));
  }

  /** The data lines of the example's nominations.csv that name {@code candidate}, as "nominations.csv:N". */
  private static List<String> sourcesNaming(String candidate) throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE.resolve("nominations.csv"));
    return java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).split(",", -1).length == 3 && lines.get(i).split(",", -1)[1].equals(candidate))
        .mapToObj(i -> "nominations.csv:" + (i + 1))
        .toList();
  }

  @Test
  void showsEveryNominationOfTheCandidateWithItsReason() throws IOException {
    CommandRun run = explain("Owen Smith").assertSucceeded();
    List<String> sources = sourcesNaming("Owen Smith");
    List<String> decisions = run.outLines().stream().filter(line -> line.matches("    \\S+ +nominations\\.csv:\\d+ .*")).toList();
    assertThat(decisions).hasSize(sources.size());
    assertThat(decisions.stream().map(line -> line.trim().split(" +")[1]).toList()).containsExactlyInAnyOrderElementsOf(sources);
    assertThat(run.outLines()).contains("  Parliamentary nominations of Owen Smith: " + sources.size() + ", 172 counted");
    assertThat(decisions).filteredOn(line -> line.startsWith("    counted ")).hasSize(172);
    assertThat(decisions).anySatisfy(line -> assertThat(line)
        .matches("    after_close +nominations\\.csv:\\d+  MP \\d+ \\(mp-\\d+, MP\\) nominated Owen Smith at 2016-07-20T1[78]:\\d\\d:00\\+01:00:"
            + " made at .*, after nominations closed at 2016-07-20T17:00:00\\+01:00"));
    assertThat(run.outLines()).contains("  CLP nominations of Owen Smith: 56, 53 counted");
  }

  @Test
  void explainsNominationsOfAWithdrawnCandidateAndOfNamesNotDeclared() {
    CommandRun eagle = explain("--candidate", "Angela Eagle").assertSucceeded();
    assertThat(eagle.outLines()).anySatisfy(line -> assertThat(line).startsWith("    candidate_withdrew "));
    CommandRun typo = explain("Owen smith").assertSucceeded();
    assertThat(typo.outLines()).first().asString()
        .isEqualTo("Owen smith: \"Owen smith\" is not a declared candidate (did you mean \"Owen Smith\"? names must match exactly);"
            + " declared: Jeremy Corbyn, Owen Smith, Angela Eagle");
  }

  @Test
  void explainsOneNominatorsHistory() throws IOException {
    // a nominator who nominated Angela Eagle, then Owen Smith after she withdrew
    List<String> lines = Files.readAllLines(EXAMPLE.resolve("nominations.csv"));
    String switcher = lines.stream().filter(line -> line.contains(",Angela Eagle,")).map(line -> line.split(",")[0])
        .filter(id -> lines.stream().anyMatch(other -> other.startsWith(id + ",Owen Smith,"))).findFirst().orElseThrow();
    CommandRun run = explain("--nominator", switcher).assertSucceeded();
    assertThat(run.outLines()).contains("  Nominations: 2, one counted");
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("    candidate_withdrew ").contains("nominated Angela Eagle"));
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("    counted ").contains("nominated Owen Smith"));
  }

  @Test
  void unknownCandidateOrNominatorFails() {
    CommandRun candidate = explain("Tom Watson");
    assertThat(candidate.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(candidate.errLines()).containsExactly(
        "scrutineer: \"Tom Watson\" is not a declared candidate; declared: Jeremy Corbyn, Owen Smith, Angela Eagle, and no nomination names them");
    CommandRun nominator = explain("--nominator", "mp-999");
    assertThat(nominator.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(nominator.errLines()).containsExactly("scrutineer: --nominator mp-999 is not in the nominators file");
  }
}
