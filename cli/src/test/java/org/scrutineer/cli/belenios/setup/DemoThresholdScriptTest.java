package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.DebianDemoScript;
import org.scrutineer.cli.Scrutineer;

/**
 * Debian's own {@code examples/demo-threshold.sh}, unmodified, with its threshold commands — every
 * {@code setup generate-trustee-key-threshold} step, {@code election decrypt-threshold} and {@code
 * election compute-result} — going to {@code scrutineer belenios} and the rest (credentials, the
 * server key, make-trustees, make-election, the archive, ballots, verify, verify-diff) to the real
 * belenios-tool, whose {@code election verify} — and ours — must then accept the archive.
 */
class DemoThresholdScriptTest {

  @Test
  void demoThresholdShRunsWithOurThresholdCommands(@TempDir Path belenios) throws Exception {
    Path tool = BeleniosTool.executable(); // fails under CI=true (aborts elsewhere) when belenios-tool is missing
    DebianDemoScript.Run run = DebianDemoScript.run(belenios, "demo-threshold.sh", ""
        + "case \"$1 $2\" in\n"
        + "  'setup generate-trustee-key-threshold'|'election decrypt-threshold'|'election compute-result') " + DebianDemoScript.scrutineer() + " ;;\n"
        + "  *) exec '" + tool + "' \"$@\" ;;\n"
        + "esac\n");
    assertThat(run.output()).contains("The simulated election was successful!", "I: certificates are valid");

    Path election = run.election();
    assertThat(BeleniosTool.ok(election, "election", "verify").errLines()).contains("I: all checks passed");
    // demo-threshold.sh's five ballots (the three revotes repeat them), counted by belenios-tool
    // from the partial decryptions our decrypt-threshold made.
    assertThat(BeleniosTool.ok(election, "election", "compute-result").out().strip()).isEqualTo("{\"result\":[[3,1],[2,2,1]]}");
    // Our verifier, too, accepts the threshold archive: trustees played by both tools, members' partial
    // decryptions checked against their verification keys and combined by Lagrange coefficients.
    assertThat(Scrutineer.ok(election, "election", "verify").errLines()).containsExactly("I: using directory .", "I: all checks passed");
  }
}
