package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.crypto.hash.Sha256;

class DecryptCommandTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;
  private TestElection election;

  @BeforeEach
  void setUp() {
    election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x", "c@x"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,0,1,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[0,1,0,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
  }

  @Test
  void ourPartialDecryptionsLetBeleniosToolComputeAndVerifyTheResult() {
    election.decrypt(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL);
    assertThat(election.publishResult(Implementation.BELENIOS_TOOL)).isEqualTo("{\"result\":[[0,2,1,0]]}");
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  @Test
  void printsThePartialDecryptionThenTheOwnedWrapperNamingIt() {
    CommandRun run =
        Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(1), "--trustee-id", "2");
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"decryption_factors\":[[\"");
    assertThat(lines.get(1)).isEqualTo("{\"owner\":2,\"payload\":\"" + Sha256.hex(run.outLine(0)) + "\"}");
    assertThat(run.errLines())
        .containsExactly("I: using directory .", "I: loading " + election.privateKeys().get(1) + "...");
  }

  @Test
  void keyOfAnotherTrusteeIsWarnedAbout() throws Exception {
    Scrutineer.ok(elsewhere, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    Path foreign;
    try (var files = Files.list(elsewhere)) {
      foreign = files.filter(f -> f.toString().endsWith(".privkey")).findFirst().orElseThrow();
    }
    CommandRun run = Scrutineer.ok(dir, "election", "decrypt", "--privkey", foreign.toString(), "--trustee-id", "1");
    assertThat(run.errLines()).contains("W: your key is not present in trustees.jsons");
  }

  @Test
  void trusteeIdAndKeyAreMandatory() {
    assertThat(Scrutineer.belenios(dir, "election", "decrypt", "--privkey", "x").stderr())
        .isEqualTo("scrutineer: --trustee-id is mandatory\n");
    assertThat(Scrutineer.belenios(dir, "election", "decrypt", "--trustee-id", "1").stderr())
        .isEqualTo("scrutineer: --privkey is mandatory\n");
  }
}
