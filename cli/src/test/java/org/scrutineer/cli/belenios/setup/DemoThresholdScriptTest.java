package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.ScrutineerCommand;
import org.scrutineer.cli.TestElection;

/**
 * Debian's own {@code examples/demo-threshold.sh}, unmodified, with its threshold commands — every
 * {@code setup generate-trustee-key-threshold} step, {@code election decrypt-threshold} and {@code
 * election compute-result} — going to {@code scrutineer belenios} and the rest (credentials, the
 * server key, make-trustees, make-election, the archive, ballots, verify, verify-diff) to the real
 * belenios-tool, whose {@code election verify} must then accept the archive.
 */
class DemoThresholdScriptTest {
  private static final Path DEMO = Path.of("/usr/share/doc/belenios-tool/examples/demo-threshold.sh");

  @Test
  void demoThresholdShRunsWithOurThresholdCommands(@TempDir Path belenios) throws Exception {
    Path tool = BeleniosTool.executable(); // fails under CI=true (aborts elsewhere) when belenios-tool is missing
    assertThat(DEMO).as("belenios-tool's examples").isRegularFile();
    Path bin = Files.createDirectories(belenios.resolve("_run/tool-debug/bin"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String ours = "exec '" + java + "' --add-opens java.base/java.math=ALL-UNNAMED -cp '"
        + System.getProperty("java.class.path") + "' " + ScrutineerCommand.class.getName() + " belenios \"$@\"";
    Path wrapper = bin.resolve("belenios-tool");
    Files.writeString(wrapper, "#!/bin/sh\n"
        + "case \"$1 $2\" in\n"
        + "  'setup generate-trustee-key-threshold'|'election decrypt-threshold'|'election compute-result') " + ours + " ;;\n"
        + "  *) exec '" + tool + "' \"$@\" ;;\n"
        + "esac\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path templates = Files.createDirectories(belenios.resolve("tests/tool/templates"));
    Files.writeString(templates.resolve("questions.json"), TestElection.DEMO_TEMPLATE);
    Path data = Files.createDirectories(belenios.resolve("tests/tool/data"));

    ProcessBuilder builder = new ProcessBuilder("bash", DEMO.toString()).directory(belenios.toFile()).redirectErrorStream(true);
    builder.environment().put("BELENIOS", belenios.toString());
    Process demo = builder.start();
    demo.getOutputStream().close();
    String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(demo.waitFor(10, TimeUnit.MINUTES)).as("demo-threshold.sh finished").isTrue();
    assertThat(demo.exitValue()).as(output).isZero();
    assertThat(output).contains("The simulated election was successful!", "I: certificates are valid");

    Path election = onlyDirectory(data);
    assertThat(BeleniosTool.ok(election, "election", "verify").errLines()).contains("I: all checks passed");
    // demo-threshold.sh's five ballots (the three revotes repeat them), counted by belenios-tool
    // from the partial decryptions our decrypt-threshold made.
    assertThat(BeleniosTool.ok(election, "election", "compute-result").out().strip()).isEqualTo("{\"result\":[[3,1],[2,2,1]]}");
  }

  private static Path onlyDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> found = entries.filter(Files::isDirectory).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }
}
