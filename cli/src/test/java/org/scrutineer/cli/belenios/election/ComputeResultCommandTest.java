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

class ComputeResultCommandTest {
  @TempDir Path dir;
  private TestElection election;

  @BeforeEach
  void setUp() {
    election =
        TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.DEMO_TEMPLATE, List.of("a@x,a,1000000000", "b@x,b,90000000000"), 2);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,0],[0,1,0]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,1],[1,0,0]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
  }

  @Test
  void printsWhatBeleniosToolPrints_withLargeWeights() {
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-result");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-result").stdout());
    assertThat(ours.out()).isEqualTo("{\"result\":[[1000000000,\"90000000000\"],[\"90000000000\",1000000000,0]]}\n");
    election.append(Implementation.SCRUTINEER, "Result", ours.stdout());
    BeleniosTool.ok(dir, "election", "verify");
  }

  @Test
  void missingPartialDecryptionIsReported() {
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
    byte[] second = Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(1), "--trustee-id", "1").stdout();
    byte[] first = Scrutineer.ok(dir, "election", "decrypt", "--privkey", election.privateKeys().get(0), "--trustee-id", "2").stdout();
    election.append(Implementation.SCRUTINEER, "PartialDecryption", second);
    election.append(Implementation.SCRUTINEER, "PartialDecryption", first);
    CommandRun run = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).last().asString().startsWith("scrutineer: invalid partial decryption (trustee 1:");
    assertThat(BeleniosTool.run(dir, "election", "compute-result").status()).isEqualTo(124);
  }
}
