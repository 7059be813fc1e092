package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;

class ComputeVotersCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheIdsOfVotersWhoVotedInPrivateCredentialsFileOrder() {
    TestElection election =
        TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x,a,2", "b@x,b,1", "c@x,c,1"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[0,1,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[1,0,0,0]]");
    CommandRun run = Scrutineer.ok(dir, "election", "compute-voters", "--privcreds", "private_creds.txt");
    assertThat(run.outLines()).containsExactly("a@x,a,2", "c@x,c,1");
  }

  @Test
  void ballotOfAVoterMissingFromTheFileIsReported() throws Exception {
    TestElection election = TestElection.create(dir, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x"), 1);
    election.vote(Implementation.SCRUTINEER, Implementation.SCRUTINEER, 1, "[[0,1,0,0]]");
    java.nio.file.Files.writeString(dir.resolve("some.txt"), "a@x " + election.credential(0) + "\n");
    CommandRun run = Scrutineer.belenios(dir, "election", "compute-voters", "--privcreds", "some.txt");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).last().asString().startsWith("scrutineer: Unknown public key in ballot ");
  }

  @Test
  void listsTheVotersOfANonHomomorphicElection() {
    TestElection election = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x,a,2", "b@x,b,1", "c@x,c,1"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[1,0],[1,0,0],[1,2,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 0, "[[0,1],[0,0,1],[3,1,2]]");
    // The weight-2 voter's ballot cannot be tallied (belenios-tool's Question_nh.process_ciphertexts), but it was cast.
    CommandRun run = Scrutineer.ok(dir, "election", "compute-voters", "--privcreds", "private_creds.txt");
    assertThat(run.outLines()).containsExactly("a@x,a,2", "b@x,b,1");
  }
}
