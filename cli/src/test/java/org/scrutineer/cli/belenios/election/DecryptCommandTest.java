package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Three ballots for one homomorphic question, tallied by belenios-tool, two trustees. */
  private void tallied() {
    election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x", "c@x"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,0,1,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[0,1,0,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
  }

  @Test
  void ourPartialDecryptionsLetBeleniosToolComputeAndVerifyTheResult() {
    tallied();
    election.decrypt(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL);
    assertThat(election.publishResult(Implementation.BELENIOS_TOOL)).isEqualTo("{\"result\":[[0,2,1,0]]}");
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  @Test
  void printsThePartialDecryptionThenTheOwnedWrapperNamingIt() {
    tallied();
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
    tallied();
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

  @Test
  void nonHomomorphicElectionWithoutShufflesIsRefusedAsByBeleniosTool() {
    election = nonHomomorphicTally();
    String key = election.privateKeys().get(0);
    CommandRun ours = Scrutineer.belenios(dir, "election", "decrypt", "--privkey", key, "--trustee-id", "1");
    CommandRun theirs = BeleniosTool.run(dir, "election", "decrypt", "--privkey", key, "--trustee-id", "1");
    assertThat(theirs.errLines())
        .containsExactly("I: using directory .", "I: loading " + key + "...",
            "belenios-tool: the election has non-homomorphic questions and no shuffles were found");
    assertThat(ours.status()).isEqualTo(124).isEqualTo(theirs.status());
    assertThat(ours.stdout()).isEmpty();
    assertThat(ours.errLines()).hasSize(3).startsWith("I: using directory .", "I: loading " + key + "...");
    assertThat(ours.errLines().get(2))
        .startsWith("scrutineer: the election has non-homomorphic questions and no shuffles were found (");
  }

  @Test
  void decryptsTheLastShufflesOutputAndListsTheShufflesAsBeleniosTool() {
    election = nonHomomorphicTally();
    election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1);
    election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2);
    Implementation.BELENIOS_TOOL.ok(dir, "archive", "add-event", "--type=EndShuffles");
    String key = election.privateKeys().get(1);
    CommandRun ours = Scrutineer.ok(dir, "election", "decrypt", "--privkey", key, "--trustee-id", "2");
    List<String> theirs = BeleniosTool.ok(dir, "election", "decrypt", "--privkey", key, "--trustee-id", "2").errLines();
    assertThat(theirs).hasSize(5).endsWith("W: you should check that your shuffle appears in the list of applied shuffles");
    assertThat(theirs.get(2)).matches("I: shuffle [A-Za-z0-9+/]{43} has been applied");
    assertThat(ours.errLines()).isEqualTo(theirs);

    election.decrypt(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL);
    String result = election.publishResult(Implementation.BELENIOS_TOOL);
    assertThat(result).startsWith("{\"result\":[[2,1],[0,1,2],[[");
    assertThat(List.of("[1,2,3]", "[3,1,2]", "[2,1,3]")).allMatch(result::contains);
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  /** demo-nh.sh's questions, three ballots, tallied by belenios-tool; two trustees. */
  private TestElection nonHomomorphicTally() {
    TestElection nh = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x", "b@x", "c@x"), 2);
    nh.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[0,0,1],[1,2,3]]");
    nh.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,1],[0,0,1],[3,1,2]]");
    nh.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[1,0],[0,1,0],[2,1,3]]");
    nh.closeAndTally(Implementation.BELENIOS_TOOL);
    return nh;
  }
}
