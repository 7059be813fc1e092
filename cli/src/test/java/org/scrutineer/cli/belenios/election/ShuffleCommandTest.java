package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * {@code election shuffle} against belenios-tool 2.0 on demo-nh.sh's flow (RFC-3526-2048, one
 * ranked question): our shuffle, first or second in the chain, passes the tool's {@code election
 * verify}, and the tool decrypts it to the votes cast. Like the tool's, it shuffles the tally
 * recomputed from the ballots, so before EndBallots too.
 */
class ShuffleCommandTest {
  private static final String NH_TEMPLATE =
      "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"type\":\"NonHomomorphic\",\"value\":"
          + "{\"answers\":[\"A\",\"B\",\"C\"],\"question\":\"Rank\"}}]}";
  private static final Implementation TOOL = Implementation.BELENIOS_TOOL;

  @TempDir Path dir;
  private TestElection election;

  @BeforeEach
  void setUp() {
    election = TestElection.create(dir, "RFC-3526-2048", TOOL, TOOL, List.of(TOOL), NH_TEMPLATE, List.of("a@x", "b@x", "c@x"));
    election.vote(TOOL, TOOL, 0, "[[1,2,3]]");
    election.vote(TOOL, TOOL, 1, "[[3,1,2]]");
    election.vote(TOOL, TOOL, 2, "[[2,3,1]]");
  }

  @Test
  void ourShuffleThenToolsVerifyAndDecryptToTheVotes() {
    election.closeAndTally(TOOL);
    CommandRun ours = Scrutineer.ok(dir, "election", "shuffle", "--trustee-id", "1");
    List<String> lines = ours.outLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"ciphertexts\":[[{\"alpha\":\"");
    assertThat(lines.get(1)).isEqualTo("{\"owner\":1,\"payload\":\"" + Sha256.hex(ours.outLine(0)) + "\"}");
    assertThat(ours.errLines()).containsExactly("I: using directory .");
    election.append(TOOL, "Shuffle", ours.stdout());
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");

    election.append(TOOL, "Shuffle", BeleniosTool.ok(dir, "election", "shuffle", "--trustee-id", "2").stdout());
    // Ours again, third, on the tool's output: it reads the last Shuffle event.
    election.append(TOOL, "Shuffle", Scrutineer.ok(dir, "election", "shuffle", "--trustee-id", "3").stdout());
    TOOL.ok(dir, "archive", "add-event", "--type=EndShuffles");
    election.decrypt(TOOL, TOOL);
    String result = election.publishResult(TOOL);
    assertThat(result).startsWith("{\"result\":[[[");
    assertThat(List.of("[1,2,3]", "[3,1,2]", "[2,3,1]")).allMatch(result::contains);
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  @Test
  void shufflesTheBallotsBeforeVotingEndsAsBeleniosToolDoes() {
    // No EndBallots and no EncryptedTally event: the input is the tally of the ballots so far.
    election.shuffle(Implementation.SCRUTINEER, TOOL, 1);
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
    election.shuffle(TOOL, TOOL, 2);
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  @Test
  void weightedVoterFailsTheShuffleAsInBeleniosTool() throws Exception {
    java.nio.file.Path weighted = java.nio.file.Files.createDirectories(dir.resolve("weighted"));
    TestElection heavy = TestElection.nonHomomorphic(weighted, NH_TEMPLATE, List.of("a@x,a,2"), 1);
    heavy.vote(TOOL, TOOL, 0, "[[1,2,3]]");
    CommandRun ours = Scrutineer.belenios(weighted, "election", "shuffle", "--trustee-id", "1");
    CommandRun theirs = BeleniosTool.run(weighted, "election", "shuffle", "--trustee-id", "1");
    assertThat(theirs.errLines()).last().isEqualTo("belenios-tool: Invalid_argument(\"Question_nh.process_ciphertexts\")");
    assertThat(ours.status()).isEqualTo(124).isEqualTo(theirs.status());
    assertThat(ours.errLines()).last().asString().startsWith("scrutineer: Invalid_argument(\"Question_nh.process_ciphertexts\") (ballot ");
  }

  @Test
  void trusteeIdIsMandatory() {
    assertThat(Scrutineer.belenios(dir, "election", "shuffle").stderr()).isEqualTo("scrutineer: --trustee-id is mandatory\n");
  }
}
