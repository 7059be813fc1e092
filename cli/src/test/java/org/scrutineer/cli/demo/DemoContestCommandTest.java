package org.scrutineer.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ScrutineerCommand;

class DemoContestCommandTest {

  private static String run(Path work, int[] status, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment = new CommandEnvironment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), work, Map.of("PATH", System.getenv().getOrDefault("PATH", "")), Clock.systemUTC(),
        SecureRandom::new);
    status[0] = ScrutineerCommand.run(environment, args);
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void twoCandidates_aSmallContestVerifiesEverywhere_andItsResultIsTheSimulatedVotes(@TempDir Path work) throws Exception {
    BeleniosTool.executable(); // fails on CI, aborts elsewhere, when belenios-tool is missing
    int[] status = new int[1];

    String text = run(work, status, "demo", "contest", "--voters", "40", "--seed", "7", "--dir", "demo");

    assertThat(status[0]).as(text).isZero();
    assertThat(text)
        .contains("decrypted by 2 of the 2-of-3 threshold trustees: [1.key, 3.key]")
        .contains("a new ballot from a removed voter is refused")
        .contains("member: published [blank, Jeremy Corbyn, Owen Smith] = ")
        .doesNotContain(" != the simulated votes")
        .contains("the contest verifies")
        .contains("belenios-tool: I: all checks passed")
        .contains("Everything verifies and the result is the simulated votes' result")
        .contains(Files.readString(work.resolve("demo/contest/summary.txt")))
        .contains("Report: " + work.resolve("demo/contest/report.html"));
    assertThat(Files.readString(work.resolve("demo/contest/removals.json"))).contains("NEC disputes panel");
    assertThat(Files.readString(work.resolve("demo/contest/report.html"))).contains("data-section=\"affiliated_supporter\"", "<svg");
  }

  @Test
  void refusesANonEmptyDirectory(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("keep.txt"), "precious");
    int[] status = new int[1];

    String text = run(work, status, "demo", "contest", "--dir", ".");

    assertThat(status[0]).isNotZero();
    assertThat(text).contains("is not empty");
    assertThat(Files.readString(work.resolve("keep.txt"))).isEqualTo("precious");
  }
}
