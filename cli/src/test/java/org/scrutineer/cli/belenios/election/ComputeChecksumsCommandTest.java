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

  /**
   * belenios-tool reads and writes an optional {@code "name"} in a trustee's public key (the Belenios
   * server names its trustees); compute-checksums repeats it for the trustee and for its shuffles.
   */
  @Test
  void namedTrusteesKeepTheirNamesInTheArchiveAndTheChecksums() throws Exception {
    Implementation tool = Implementation.BELENIOS_TOOL;
    String uuid = tool.ok(dir, "setup", "generate-token").outLines().get(0);
    tool.ok(dir, "setup", "generate-credentials", "--uuid", uuid, "--group", "RFC-3526-2048", "--count", "2");
    StringBuilder keys = new StringBuilder();
    for (String name : List.of("Alice", "Bob")) {
      Path keyDir = java.nio.file.Files.createDirectory(dir.resolve(name));
      tool.ok(keyDir, "setup", "generate-trustee-key", "--group", "RFC-3526-2048");
      String key = java.nio.file.Files.readString(only(keyDir, ".pubkey")).strip();
      keys.append(key, 0, key.length() - 1).append(",\"name\":\"").append(name).append("\"}\n");
    }
    java.nio.file.Files.writeString(dir.resolve("public_keys.jsons"), keys);
    tool.ok(dir, "setup", "make-trustees");
    java.nio.file.Files.writeString(dir.resolve("template.json"), TestElection.DEMO_NH_TEMPLATE);
    tool.ok(dir, "setup", "make-election", "--uuid", uuid, "--group", "RFC-3526-2048", "--template", "template.json");
    tool.ok(dir, "archive", "init", "--public-creds", only(dir, ".pubcreds").getFileName().toString());
    List<String> credentials = java.nio.file.Files.readAllLines(only(dir, ".privcreds"));
    for (String line : credentials) {
      java.nio.file.Files.writeString(dir.resolve("credential.txt"), line.substring(line.lastIndexOf(' ') + 1) + "\n");
      java.nio.file.Files.writeString(dir.resolve("choices.txt"), "[[1,0],[1,0,0],[1,2,3]]\n");
      byte[] ballot = tool.ok(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt").stdout();
      tool.ok(dir, ballot, "archive", "add-event", "--type=Ballot");
    }
    tool.ok(dir, "archive", "add-event", "--type=EndBallots");
    tool.ok(dir, tool.ok(dir, "election", "compute-encrypted-tally").stdout(), "archive", "add-event", "--type=EncryptedTally");
    tool.ok(dir, tool.ok(dir, "election", "shuffle", "--trustee-id=2").stdout(), "archive", "add-event", "--type=Shuffle");
    assertThat(assertSameChecksums().out())
        .contains("\"trustees\":[{\"checksum\":\"")
        .contains("\",\"name\":\"Alice\"},{\"checksum\":\"")
        .contains("\",\"name\":\"Bob\"}],\"trustees_threshold\"")
        .contains("\"shuffles\":[{\"checksum\":\"")
        .contains("\",\"name\":\"Bob\"}],\"encrypted_tally\"");
    assertThat(Scrutineer.ok(dir, "election", "verify").errLines()).contains("I: all checks passed");
  }

  private static Path only(Path directory, String suffix) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(directory)) {
      List<Path> found = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
      assertThat(found).as(suffix + " files in " + directory).hasSize(1);
      return found.get(0);
    }
  }

  private CommandRun assertSameChecksums() {
    CommandRun ours = Scrutineer.ok(dir, "election", "compute-checksums");
    assertThat(ours.out()).startsWith("{\"election\":\"").contains("\"encrypted_tally\":\"");
    assertThat(ours.stdout()).isEqualTo(BeleniosTool.ok(dir, "election", "compute-checksums").stdout());
    return ours;
  }
}
