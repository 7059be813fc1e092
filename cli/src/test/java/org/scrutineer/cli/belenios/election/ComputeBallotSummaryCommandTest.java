package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

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

class ComputeBallotSummaryCommandTest {
  @TempDir Path dir;

  @Test
  void listsEveryBallotWithItsWeight_asBeleniosTool() {
    TestElection election =
        TestElection.create(dir, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x,a,2", "b@x,b,1"), 1);
    byte[] first = election.ballot(Implementation.SCRUTINEER, 0, "[[0,1,0,0]]");
    election.append(Implementation.SCRUTINEER, "Ballot", first);
    election.vote(Implementation.SCRUTINEER, Implementation.SCRUTINEER, 1, "[[0,1,0,0]]");
    election.vote(Implementation.SCRUTINEER, Implementation.SCRUTINEER, 0, "[[1,0,0,0]]");
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-ballot-summary");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-ballot-summary").stdout());
    assertThat(ours.out()).startsWith("[{\"hash\":\"" + Sha256.hex(first) + "\",\"weight\":2},{");
    assertThat(ours.out().split("\"hash\"")).hasSize(4);
  }

  @Test
  void omitsWeightsWhenCredentialsHaveNone() {
    TestElection election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-ballot-summary");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-ballot-summary").stdout());
    assertThat(ours.out()).matches("\\[\\{\"hash\":\"[0-9a-f]{64}\"}]\n");
  }

  @Test
  void listsTheBallotsOfANonHomomorphicElectionEvenWhereItsTallyFails_asBeleniosTool() {
    TestElection election = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x,a,3", "b@x,b,1"), 1);
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 0, "[[1,0],[1,0,0],[1,2,3]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,1],[0,0,1],[3,1,2]]");
    // A voter of weight 3 makes the tally fail (compute-encrypted-tally), not the summary.
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-ballot-summary");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-ballot-summary").stdout());
    assertThat(ours.out()).contains("\"weight\":3}");
  }
}
