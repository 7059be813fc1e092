package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.crypto.credential.Credential;

class ComputeEncryptedTallyCommandTest {
  @TempDir Path dir;

  @Test
  void printsExactlyWhatBeleniosToolPrints_withWeightsAndARevote() {
    TestElection election =
        TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x,a,2", "b@x,b,1", "c@x,c,5"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[1,0,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,0,0,1]]");
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-encrypted-tally");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-encrypted-tally").stdout());
    assertThat(ours.outLines()).hasSize(2);
    assertThat(ours.outLines().get(1)).startsWith("{\"num_tallied\":2,\"total_weight\":3,\"encrypted_tally\":\"");
  }

  @Test
  void emptyBallotBoxGivesTheSameTallyAsBeleniosTool() {
    TestElection.create(dir, Implementation.SCRUTINEER, TestElection.DEMO_TEMPLATE, List.of("a@x"), 1);
    assertThat(Scrutineer.ok(dir, "election", "compute-encrypted-tally").stdout())
        .isEqualTo(BeleniosTool.ok(dir, "election", "compute-encrypted-tally").stdout());
  }

  @Test
  void ballotWithAnUnregisteredCredentialStopsIt_asInBeleniosTool() throws Exception {
    TestElection election = TestElection.create(dir, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    String stranger = Credential.generate(new SecureRandom()).reveal();
    java.nio.file.Files.writeString(dir.resolve("credential.txt"), stranger + "\n");
    java.nio.file.Files.writeString(dir.resolve("choices.txt"), "[[0,1,0,0]]\n");
    byte[] ballot =
        Scrutineer.ok(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt").stdout();
    election.append(Implementation.SCRUTINEER, "Ballot", ballot);
    CommandRun ours = Scrutineer.belenios(dir, "election", "compute-encrypted-tally");
    CommandRun theirs = BeleniosTool.run(dir, "election", "compute-encrypted-tally");
    assertThat(ours.status()).isEqualTo(124).isEqualTo(theirs.status());
    String theirLast = theirs.errLines().get(theirs.errLines().size() - 1).replace("belenios-tool: ", "scrutineer: ");
    assertThat(ours.errLines().get(ours.errLines().size() - 1)).isEqualTo(theirLast).endsWith(": invalid credential");
  }

  @Test
  void nonHomomorphicTallyIsBeleniosToolsBytes_sortedCiphertextsOfTheCountedBallots() {
    TestElection election =
        TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x", "b@x", "c@x", "d@x"), 1);
    assertSameTally(); // no ballot: empty lists for the non-homomorphic question
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[1,0,0],[1,2,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 1, "[[0,1],[0,0,1],[3,1,2]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[1,0],[0,1,0],[2,1,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 0, "[[0,0],[0,1,0],[3,2,1]]"); // a revote
    CommandRun open = assertSameTally();
    assertThat(open.outLines().get(1)).startsWith("{\"num_tallied\":3,\"total_weight\":3,");
    Implementation.BELENIOS_TOOL.ok(dir, "archive", "add-event", "--type=EndBallots");
    assertSameTally();
  }

  @Test
  void weightedVoterInANonHomomorphicElectionFailsAsInBeleniosTool() {
    TestElection election = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x,a,2", "b@x,b,1"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[1,0],[1,0,0],[1,2,3]]");
    assertSameTally(); // weights are there, but every counted ballot weighs 1
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[1,0,0],[1,2,3]]");
    CommandRun ours = Scrutineer.belenios(dir, "election", "compute-encrypted-tally");
    CommandRun theirs = BeleniosTool.run(dir, "election", "compute-encrypted-tally");
    assertThat(theirs.errLines()).last().isEqualTo("belenios-tool: Invalid_argument(\"Question_nh.process_ciphertexts\")");
    assertThat(ours.status()).isEqualTo(124).isEqualTo(theirs.status());
    assertThat(ours.stdout()).isEmpty();
    assertThat(ours.errLines()).last().asString()
        .startsWith("scrutineer: Invalid_argument(\"Question_nh.process_ciphertexts\") (ballot ")
        .contains("its credential has weight 2");
  }

  private CommandRun assertSameTally() {
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-encrypted-tally");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-encrypted-tally").stdout());
    return ours;
  }
}
