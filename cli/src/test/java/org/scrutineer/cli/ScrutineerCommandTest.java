package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScrutineerCommandTest {
  @TempDir Path dir;

  @Test
  void everyCommandAnswersHelpWithItsUsage() {
    List<List<String>> paths = new ArrayList<>();
    collect(ScrutineerCommand.commandLine(environment()), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(15);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CommandRun run = Scrutineer.run(dir, Clock.systemUTC(), new byte[0], args.toArray(String[]::new));
      assertThat(run.status()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: scrutineer");
    }
  }

  @Test
  void groupWithoutCommandFailsWith124AndNamesTheCommands() {
    CommandRun run = Scrutineer.belenios(dir, "election");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("scrutineer: required COMMAND name is missing, must be one of ")
        .contains("'compute-result'", "'verify'");
  }

  @Test
  void unknownOptionFailsWithOneLineAnd124() {
    CommandRun run = Scrutineer.belenios(dir, "setup", "generate-token", "--bogus");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).containsExactly("scrutineer: Unknown option: '--bogus'");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void optionValueMayFollowAnEqualsSignOrASpace() {
    assertThat(Scrutineer.ok(dir, "setup", "generate-token", "--length=5").outLines().get(0)).hasSize(5);
    assertThat(Scrutineer.ok(dir, "setup", "generate-token", "--length", "7").outLines().get(0)).hasSize(7);
  }

  @Test
  void unambiguousPrefixOfAnOptionIsAccepted_asCmdlinerDoes() {
    assertThat(Scrutineer.ok(dir, "setup", "generate-token", "--len", "3").outLines().get(0)).hasSize(3);
  }

  @Test
  void badOptionValueFailsWith124() {
    CommandRun run = Scrutineer.belenios(dir, "setup", "generate-token", "--length", "x");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).singleElement().asString().startsWith("scrutineer: Invalid value for option '--length'");
  }

  @Test
  void rootWithoutCommandPrintsUsageAndSucceeds() {
    CommandRun run = Scrutineer.run(dir, Clock.systemUTC(), new byte[0]);
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("belenios");
  }

  @Test
  void versionNamesTheBeleniosToolReleaseFollowed() {
    CommandRun run = Scrutineer.run(dir, Clock.systemUTC(), new byte[0], "--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("belenios-tool 2.0");
  }

  @Test
  void failureOfACommandIsOneLineOnStandardError() {
    CommandRun run = Scrutineer.belenios(dir, "election", "verify");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines())
        .containsExactly("I: using directory .", "scrutineer: directory . must contain a single .bel file (found none)");
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    command.getSubcommands().forEach(
        (name, sub) -> {
          List<String> longer = new ArrayList<>(path);
          longer.add(name);
          collect(sub, longer, into);
        });
  }

  private CommandEnvironment environment() {
    return new CommandEnvironment(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()),
        dir,
        Map.of(),
        Clock.systemUTC(),
        SecureRandom::new);
  }
}
