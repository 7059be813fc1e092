package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.crypto.credential.Credential;

class VerifyCommandTest {
  @TempDir Path dir;

  @Test
  void acceptsATalliedBeleniosToolArchive() {
    TestElection election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    election.publishResult(Implementation.BELENIOS_TOOL);
    CommandRun run = Scrutineer.ok(dir, "election", "verify", "--dir", ".");
    assertThat(run.errLines()).containsExactly("I: using directory .", "I: all checks passed");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void openArchiveHasNoResultToCheck() {
    TestElection election = TestElection.create(dir, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    election.vote(Implementation.SCRUTINEER, Implementation.SCRUTINEER, 0, "[[0,1,0,0]]");
    assertThat(Scrutineer.ok(dir, "election", "verify").errLines())
        .containsExactly("I: using directory .", "W: no result to check", "I: all checks passed");
  }

  @Test
  void ballotWithAnUnregisteredCredentialFailsVerificationWith124() throws Exception {
    TestElection election = TestElection.create(dir, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    java.nio.file.Files.writeString(dir.resolve("credential.txt"), Credential.generate(new SecureRandom()).reveal() + "\n");
    java.nio.file.Files.writeString(dir.resolve("choices.txt"), "[[0,1,0,0]]\n");
    byte[] ballot =
        Scrutineer.ok(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt").stdout();
    election.append(Implementation.SCRUTINEER, "Ballot", ballot);
    CommandRun run = Scrutineer.belenios(dir, "election", "verify");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).anyMatch(line -> line.startsWith("E: ERROR ballot.credential"));
    assertThat(run.errLines()).last().asString().startsWith("scrutineer: verification failed with 1 error: ");
  }
}
