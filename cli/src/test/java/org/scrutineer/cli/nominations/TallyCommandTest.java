package org.scrutineer.cli.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.ManualClock;
import org.scrutineer.cli.Scrutineer;

class TallyCommandTest {
  @TempDir Path work;

  private static CommandRun run(Path directory, Clock clock, String... args) {
    return Scrutineer.run(directory, clock, new byte[0], args);
  }

  @Test
  void talliesThe2016ExampleAndWritesItsJson() throws IOException {
    Path json = work.resolve("result.json");
    CommandRun run = run(ExampleSets.directory("2016-challenge"), Clock.systemUTC(),
        ExampleSets.args(List.of("nominations", "tally"), "--json", json.toString())).assertSucceeded();

    assertThat(run.outLines()).contains(
        "Threshold of: 254 MPs and MEPs (234 MPs, 20 MEPs) on the register",
        "Owen Smith: nominated",
        "  parliamentary: 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 172",
        "Jeremy Corbyn (incumbent): nominated",
        "Angela Eagle: withdrew",
        "Result: ballot: Jeremy Corbyn (incumbent) and Owen Smith",
        "JSON written to " + json);
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("Owen Smith +nominated +162 +10 +172 +51 +53 +4 \\(3 TU\\) +628,500"));
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("Jeremy Corbyn +nominated .* auto +285 .*"));
    assertThat(run.stderr()).isEmpty();

    JsonNode result = new ObjectMapper().readTree(json.toFile());
    assertThat(result.get("status").asText()).isEqualTo("ballot");
    JsonNode smith = result.get("candidates").get(1);
    assertThat(smith.get("parliamentary").get("nominations").asLong()).isEqualTo(172);
    assertThat(smith.get("supporting").get("clps").asLong()).isEqualTo(53);
    // one decision per line of input, each naming its line
    long rows = dataRows(ExampleSets.directory("2016-challenge").resolve("nominations.csv"));
    assertThat(result.get("nominations")).hasSize((int) rows);
    assertThat(result.get("nominations").get(0).get("source").asText()).matches("nominations\\.csv:\\d+");
  }

  @Test
  void talliesTheVacancyExample() {
    CommandRun run = run(ExampleSets.directory("vacancy-2020"), Clock.systemUTC(),
        ExampleSets.args(List.of("nominations", "tally"))).assertSucceeded();
    assertThat(run.outLines()).contains(
        "Threshold of: 212 MPs and MEPs (202 MPs, 10 MEPs) on the register",
        "Cara Singh: nominated",
        "  CLP route not passed: 33 of 648 CLPs needed (5% = 32.4, rounded up): has 20, 13 short",
        "Dana Hughes: not nominated",
        "Result: ballot: Ada Byrne, Ben Okafor and Cara Singh");
  }

  @Test
  void everyInputErrorIsListedAndNothingIsCounted() throws IOException {
    Path example = ExampleSets.directory("2016-challenge");
    Files.copy(example.resolve("rules.json"), work.resolve("rules.json"));
    Files.copy(example.resolve("nominators.csv"), work.resolve("nominators.csv"));
    Files.writeString(work.resolve("nominations.csv"), """
        nominator_id,candidate,nominated_at
        mp-001,Owen Smith,2016-13-01T10:00
        mp-999,Owen Smith,2016-07-18T10:00:00+01:00
        """);
    Files.writeString(work.resolve("clp.csv"), "clp_code,candidate\nCLP-1,Owen Smith\n");

    CommandRun run = run(work, Clock.systemUTC(), "nominations", "tally", "--rules", "rules.json", "--nominators", "nominators.csv",
        "--nominations", "nominations.csv", "--clp", "clp.csv", "--withdrawals", "none.csv");

    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "E: nominations.csv:2: column nominated_at \"2016-13-01T10:00\" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)",
        "E: nominations.csv:3: column nominator_id \"mp-999\" is not in the nominators file"
            + " (correct the id, or add the nominator to the nominators file if they may nominate)",
        "E: none.csv: does not exist (check the path; a relative path starts from the current directory)",
        "E: clp.csv:1: the header has no column meeting_on (it has clp_code,candidate)"
            + " (the header must name clp_code,candidate,meeting_on, in any order)",
        "scrutineer: 4 errors in the input (listed above), nothing counted; the first: nominations.csv:2: column nominated_at"
            + " \"2016-13-01T10:00\" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)");
  }

  @Test
  void missingRequiredOptionFailsWithOneLine() {
    CommandRun run = run(work, Clock.systemUTC(), "nominations", "tally", "--rules", "rules.json");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines()).singleElement().asString().startsWith("scrutineer: Missing required options");
  }

  @Test
  void groupWithoutCommandNamesTheCommands() {
    CommandRun run = run(work, Clock.systemUTC(), "nominations");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines()).containsExactly("scrutineer: required COMMAND name is missing, must be one of 'explain' or 'tally'.");
  }

  @Test
  void longWorkReportsProgressOnStandardError() {
    // a clock eleven seconds on at every look: each throttled progress line is due
    Clock slow = new ManualClock(Instant.parse("2016-07-20T16:00:00Z"), Duration.ofSeconds(11));
    CommandRun run = run(ExampleSets.directory("2016-challenge"), slow, ExampleSets.args(List.of("nominations", "tally")))
        .assertSucceeded();
    assertThat(run.errLines()).contains("I: nominators.csv: 254 rows read", "I: clp.csv: 1 rows read", "I: deciding 280 parliamentary nominations");
    assertThat(run.errLines()).allMatch(line -> line.startsWith("I: "));
  }

  private static long dataRows(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).count() - 1;
  }
}
