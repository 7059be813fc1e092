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

class DemoElectionCommandTest {

  @Test
  void smallElectionIsTalliedAndVerifiedByBothVerifiers(@TempDir Path work) throws Exception {
    BeleniosTool.executable(); // fails on CI, aborts elsewhere, when belenios-tool is missing
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment =
        new CommandEnvironment(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            work,
            Map.of("PATH", System.getenv().getOrDefault("PATH", "")),
            Clock.systemUTC(),
            SecureRandom::new);

    int status = ScrutineerCommand.run(environment, "demo", "election", "--voters", "8", "--dir", "election");

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(text + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(text).contains("archive verified").contains(" matches the simulated votes").contains("belenios-tool: I: all checks passed");
    try (var files = Files.list(work.resolve("election"))) {
      assertThat(files.filter(path -> path.toString().endsWith(".bel"))).hasSize(1);
    }
  }

  @Test
  void refusesANonEmptyDirectory(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("keep.txt"), "precious");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment =
        new CommandEnvironment(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            work,
            Map.of(),
            Clock.systemUTC(),
            SecureRandom::new);

    int status = ScrutineerCommand.run(environment, "demo", "election", "--dir", ".");

    assertThat(status).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
    assertThat(Files.readString(work.resolve("keep.txt"))).isEqualTo("precious");
  }
}
