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

class ComputeResultCommandTest {
  @TempDir Path dir;
  private TestElection election;

  /** demo.sh's questions, two voters of large weight, tallied by belenios-tool; two trustees. */
  private void tallied() {
    election =
        TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.DEMO_TEMPLATE, List.of("a@x,a,1000000000", "b@x,b,90000000000"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[0,1,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,1],[1,0,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
  }

  @Test
  void printsWhatBeleniosToolPrints_withLargeWeights() {
    tallied();
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-result");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-result").stdout());
    assertThat(ours.out()).isEqualTo("{\"result\":[[1000000000,\"90000000000\"],[\"90000000000\",1000000000,0]]}\n");
    election.append(Implementation.SCRUTINEER, "Result", ours.stdout());
    BeleniosTool.ok(dir, "election", "verify");
  }

  @Test
  void missingPartialDecryptionIsReported() {
    tallied();
    CommandRun none = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(none.status()).isEqualTo(124);
    assertThat(none.errLines()).last().isEqualTo("scrutineer: missing partial decryptions");
    election.append(
        Implementation.SCRUTINEER,
        "PartialDecryption",
        Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(0), "--trustee-id", "1").stdout());
    CommandRun one = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(one.status()).isEqualTo(124);
    assertThat(one.errLines()).last().isEqualTo("scrutineer: a partial decryption is missing (trustee 2)");
  }

  @Test
  void partialDecryptionUnderTheWrongOwnerIsInvalid() {
    tallied();
    byte[] second = Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(1), "--trustee-id", "1").stdout();
    byte[] first = Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(0), "--trustee-id", "2").stdout();
    election.append(Implementation.SCRUTINEER, "PartialDecryption", second);
    election.append(Implementation.SCRUTINEER, "PartialDecryption", first);
    CommandRun run = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).last().asString().startsWith("scrutineer: invalid partial decryption (trustee 1:");
    assertThat(BeleniosTool.run(dir, "election", "compute-result").status()).isEqualTo(124);
  }

  @Test
  void printsWhatBeleniosToolPrints_forNonHomomorphicQuestionsAfterShuffles() {
    election = TestElection.nonHomomorphic(dir, TestElection.DEMO_NH_TEMPLATE, List.of("a@x", "b@x", "c@x"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[1,0,0],[1,2,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 1, "[[0,1],[0,0,1],[3,1,2]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[0,0],[0,1,0],[3,2,1]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1);
    Implementation.BELENIOS_TOOL.ok(dir, "archive", "add-event", "--type=EndShuffles");
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-result");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-result").stdout());
    // The ranked ballots come out in the shuffle's order, whatever it is.
    assertThat(ours.out()).startsWith("{\"result\":[[1,1],[1,1,1],[[").contains("[1,2,3]", "[3,1,2]", "[3,2,1]");
    election.append(Implementation.SCRUTINEER, "Result", ours.stdout());
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }
}
