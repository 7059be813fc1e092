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

class GenerateBallotCommandTest {
  @TempDir Path dir;
  private TestElection election;

  @BeforeEach
  void setUp() {
    election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.DEMO_TEMPLATE, List.of("a@x,a,3", "b@x,b,1"), 2);
  }

  @Test
  void ourBallotsAreAcceptedAndCountedByBeleniosTool() {
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 0, "[[1,0],[0,0,1]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 1, "[[0,0],[1,0,0]]");
    BeleniosTool.ok(dir, "election", "verify");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    assertThat(election.publishResult(Implementation.BELENIOS_TOOL)).isEqualTo("{\"result\":[[3,0],[1,0,3]]}");
  }

  @Test
  void reportsTheDirectoryAndFilesItLoads() throws Exception {
    Files.writeString(dir.resolve("credential.txt"), election.credential(0) + "\n");
    Files.writeString(dir.resolve("choices.txt"), "[[1,0],[0,1,0]]\n");
    CommandRun run = Scrutineer.ok(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(run.errLines()).containsExactly("I: using directory .", "I: loading choices.txt...", "I: loading credential.txt...");
    assertThat(run.outLines()).singleElement().asString().startsWith("{\"election_uuid\":\"" + election.uuid() + "\"");
  }

  @Test
  void choicesBreakingTheQuestionsRulesAreRefusedNamingTheQuestion() throws Exception {
    Files.writeString(dir.resolve("credential.txt"), election.credential(0) + "\n");
    Files.writeString(dir.resolve("choices.txt"), "[[1,1],[0,1,0]]\n");
    CommandRun run = Scrutineer.belenios(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("scrutineer: question 1 (\"Question 1?\")");
  }

  @Test
  void malformedCredentialOrPlaintextIsRefused() throws Exception {
    Files.writeString(dir.resolve("credential.txt"), "not-a-credential\n");
    Files.writeString(dir.resolve("choices.txt"), "[[1,0],[0,1,0]]\n[[1,0],[0,1,0]]\n");
    CommandRun twoLines = Scrutineer.belenios(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(twoLines.stderr()).contains("scrutineer: invalid plaintext ballot file");
    Files.writeString(dir.resolve("choices.txt"), "[[1,0],[0,1,0]]\n");
    CommandRun badCredential =
        Scrutineer.belenios(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(badCredential.status()).isEqualTo(124);
    assertThat(badCredential.stderr()).contains("scrutineer: invalid credential");
  }
}
