package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
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
import org.scrutineer.crypto.hash.Sha256;

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

  /**
   * A shuffle whose output was permuted after its proof was made (spec §4.17, §6 Table 5): ours names
   * the check, belenios-tool says only which shuffle; both exit 124. The untampered shuffle passes.
   */
  @Test
  void tamperedShuffleFailsOurVerifyNamingTallyShuffle_andBeleniosToolsToo() throws Exception {
    TestElection election = TestElection.nonHomomorphic(dir, RANKING_TEMPLATE, List.of("a@x", "b@x", "c@x"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[1,2,3]]");
    election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, 1, "[[3,1,2]]");
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 2, "[[2,3,1]]");
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    election.shuffle(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1);
    byte[] ours = Scrutineer.ok(dir, "election", "shuffle", "--trustee-id", "2").outLine(0);

    Path honest = election.copyArchiveTo(java.nio.file.Files.createTempDirectory(dir, "honest"));
    Implementation.BELENIOS_TOOL.ok(honest, owned(ours, 2), "archive", "add-event", "--type=Shuffle");
    assertThat(Scrutineer.ok(honest, "election", "verify").errLines()).contains("I: all checks passed");

    ObjectMapper mapper = new ObjectMapper();
    ObjectNode shuffle = (ObjectNode) mapper.readTree(ours);
    ArrayNode output = (ArrayNode) shuffle.get("ciphertexts").get(0);
    JsonNode first = output.get(0);
    output.set(0, output.get(1));
    output.set(1, first);
    election.append(Implementation.BELENIOS_TOOL, "Shuffle", owned(mapper.writeValueAsBytes(shuffle), 2));

    CommandRun run = Scrutineer.belenios(dir, "election", "verify");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).filteredOn(line -> line.startsWith("E: "))
        .singleElement().asString().startsWith("E: ERROR tally.shuffle: ").contains("shuffle 2 (owner 2), non-homomorphic question 1: ");
    assertThat(run.errLines()).last().asString().startsWith("scrutineer: verification failed with 1 error: ERROR tally.shuffle: ");
    CommandRun theirs = BeleniosTool.run(dir, "election", "verify");
    assertThat(theirs.status()).isEqualTo(124);
    assertThat(theirs.errLines()).last().isEqualTo("belenios-tool: shuffle #1 failed tests");
  }

  /** One ranked non-homomorphic question (RFC-3526-2048). */
  private static final String RANKING_TEMPLATE =
      "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"type\":\"NonHomomorphic\",\"value\":"
          + "{\"answers\":[\"A\",\"B\",\"C\"],\"question\":\"Rank\"}}]}";

  /** The two lines {@code election shuffle} prints for {@code shuffle}: it, then {"owner":I,"payload":HASH}. */
  private static byte[] owned(byte[] shuffle, int owner) {
    String wrapper = "{\"owner\":" + owner + ",\"payload\":\"" + Sha256.hex(shuffle) + "\"}";
    return (new String(shuffle, StandardCharsets.UTF_8) + "\n" + wrapper + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
