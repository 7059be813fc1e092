package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  @Test
  void demoShRunsWithScrutineerInPlaceOfBeleniosTool(@TempDir Path belenios) throws Exception {
    BeleniosTool.executable(); // fails under CI=true (aborts elsewhere) when belenios-tool is missing
    DebianDemoScript.Run run = DebianDemoScript.run(belenios, "demo.sh", DebianDemoScript.scrutineer() + "\n");
    assertThat(run.output()).contains("The simulated election was successful!").doesNotContain("Result is incorrect");

    Path election = run.election();
    assertThat(BeleniosTool.ok(election, "election", "verify").errLines()).contains("I: all checks passed");
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(onlyArchive(election));
    assertThat(report.passed()).isTrue();
    assertThat(new String(report.result().orElseThrow().toJson(), StandardCharsets.UTF_8))
        .isEqualTo("{\"result\":[[\"7000000000\",\"3000000000\"],[\"5000000000\",\"92000000000\",\"3000000000\"]]}");
  }

  private static Path onlyArchive(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(path -> path.toString().endsWith(".bel")).findFirst().orElseThrow();
    }
  }
}
