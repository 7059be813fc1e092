package org.scrutineer.cli;

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
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerifierOptions;

/**
 * Issue #3: "any line of demo.sh can call ours instead of theirs". Runs Debian's own
 * {@code examples/demo.sh}, unmodified, with every {@code belenios-tool} call going to {@code
 * scrutineer belenios} (demo.sh calls {@code $BELENIOS/_run/tool-debug/bin/belenios-tool}; that is
 * a script here starting Scrutineer's CLI on the test class path). The script checks the public
 * credentials' fingerprint and, with jq installed, the result; then the real belenios-tool must
 * verify the archive it left.
 */
class DebianDemoScriptTest {
  private static final Path DEMO = Path.of("/usr/share/doc/belenios-tool/examples/demo.sh");

  @Test
  void demoShRunsWithScrutineerInPlaceOfBeleniosTool(@TempDir Path belenios) throws Exception {
    BeleniosTool.executable(); // fails under CI=true (aborts elsewhere) when belenios-tool is missing
    assertThat(DEMO).as("belenios-tool's examples").isRegularFile();
    Path bin = Files.createDirectories(belenios.resolve("_run/tool-debug/bin"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path wrapper = bin.resolve("belenios-tool");
    Files.writeString(wrapper, "#!/bin/sh\nexec '" + java + "' --add-opens java.base/java.math=ALL-UNNAMED -cp '"
        + System.getProperty("java.class.path") + "' " + ScrutineerCommand.class.getName() + " belenios \"$@\"\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path templates = Files.createDirectories(belenios.resolve("tests/tool/templates"));
    Files.writeString(templates.resolve("questions.json"), TestElection.DEMO_TEMPLATE);
    Path data = Files.createDirectories(belenios.resolve("tests/tool/data"));

    ProcessBuilder builder = new ProcessBuilder("bash", DEMO.toString()).directory(belenios.toFile()).redirectErrorStream(true);
    builder.environment().put("BELENIOS", belenios.toString());
    Process demo = builder.start();
    demo.getOutputStream().close();
    String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(demo.waitFor(10, TimeUnit.MINUTES)).as("demo.sh finished").isTrue();
    assertThat(demo.exitValue()).as(output).isZero();
    assertThat(output).contains("The simulated election was successful!").doesNotContain("Result is incorrect");

    Path election = onlyDirectory(data);
    assertThat(BeleniosTool.ok(election, "election", "verify").errLines()).contains("I: all checks passed");
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(onlyArchive(election));
    assertThat(report.passed()).isTrue();
    assertThat(new String(report.result().orElseThrow().toJson(), StandardCharsets.UTF_8))
        .isEqualTo("{\"result\":[[\"7000000000\",\"3000000000\"],[\"5000000000\",\"92000000000\",\"3000000000\"]]}");
  }

  private static Path onlyDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> found = entries.filter(Files::isDirectory).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }

  private static Path onlyArchive(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(path -> path.toString().endsWith(".bel")).findFirst().orElseThrow();
    }
  }
}
