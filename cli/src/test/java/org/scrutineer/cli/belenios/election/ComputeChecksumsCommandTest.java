package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.crypto.hash.Sha256;

class ComputeChecksumsCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a@x,a,2|b@x,b,7", "a@x|b@x", "a@x,a,1|b@x,b,1"})
  void printsWhatBeleniosToolPrints_openAndTallied(String voters) {
    TestElection election =
        TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of(voters.split("\\|")), 2);
    assertSameChecksums();
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,0,1,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    election.publishResult(Implementation.BELENIOS_TOOL);
    assertSameChecksums();
  }

  @Test
  void nonHomomorphicElectionWithShufflesGivesBeleniosToolsBytes() {
    TestElection election = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x", "b@x", "c@x"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[1,0,0],[1,2,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 1, "[[0,1],[0,0,1],[3,1,2]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    assertThat(assertSameChecksums().out()).doesNotContain("\"shuffles\"");
    String first = Sha256.hex(election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1).outLine(0));
    String second = Sha256.hex(election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2).outLine(0));
    // belenios-tool lists each shuffle by its data's hash, in archive order, before the (unshuffled) tally's.
    assertThat(assertSameChecksums().out())
        .contains("\"shuffles\":[{\"checksum\":\"" + first + "\"},{\"checksum\":\"" + second + "\"}],\"encrypted_tally\":\"");
    Implementation.BELENIOS_TOOL.ok(dir, "archive", "add-event", "--type=EndShuffles");
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    election.publishResult(Implementation.BELENIOS_TOOL);
    assertSameChecksums();
  }

  private CommandRun assertSameChecksums() {
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-checksums");
    assertThat(ours.out()).startsWith("{\"election\":\"").contains("\"encrypted_tally\":\"");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-checksums").stdout());
    return ours;
  }
}
