package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.cli.Implementation.BELENIOS_TOOL;
import static org.scrutineer.cli.Implementation.SCRUTINEER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.cli.belenios.setup.ThresholdCeremony;
import org.scrutineer.crypto.hash.Sha256;

/**
 * {@code election decrypt-threshold} against belenios-tool 2.0, as in demo-threshold.sh: trustees
 * [Single server key, Pedersen 2 of 3] set up by a mixed ceremony; any 2 of the 3 members decrypt,
 * with partial decryptions from each tool; belenios-tool's compute-result and verify accept the
 * archive, and so does our compute-result; a bad proof is refused by both. The same with
 * non-homomorphic questions (RFC-3526-2048), decrypted after belenios-tool's shuffles.
 */
class DecryptThresholdCommandTest {
  private static final String VOTERS_TEMPLATE = TestElection.BLANK_TEMPLATE;
  @TempDir static Path root;
  static ThresholdCeremony ceremony;
  static Path election;
  static String serverKey;

  @BeforeAll
  static void setUp() throws Exception {
    ceremony = ThresholdCeremony.upToPolynomials(Files.createDirectories(root.resolve("ceremony")),
        List.of(BELENIOS_TOOL, SCRUTINEER, SCRUTINEER), 2).finish(BELENIOS_TOOL, SCRUTINEER);
    election = Files.createDirectories(root.resolve("election"));
    serverKey = thresholdElection(election, ceremony, VOTERS_TEMPLATE, "[[0,1,0,0]]", "[[0,0,1,0]]", "[[0,1,0,0]]");
    BeleniosTool.ok(election, BeleniosTool.ok(election, "election", "decrypt", "--privkey", serverKey, "--trustee-id", "1").stdout(),
        "archive", "add-event", "--type=PartialDecryption");
  }

  /**
   * As demo-threshold.sh, by belenios-tool in {@code dir}: trustees [Single server key, the
   * ceremony's Pedersen group], one voter per vote, each ballot cast, then EndBallots and the
   * encrypted tally. Returns the server key's {@code .privkey} name.
   */
  private static String thresholdElection(Path dir, ThresholdCeremony ceremony, String template, String... votes) throws Exception {
    String uuid = BeleniosTool.ok(dir, "setup", "generate-token").outLines().get(0);
    List<String> voters = new java.util.ArrayList<>();
    for (int i = 0; i < votes.length; i++) {
      voters.add("v" + i + "@x");
    }
    Files.write(dir.resolve("voters.txt"), voters);
    BeleniosTool.ok(dir, "setup", "generate-credentials", "--uuid", uuid, "--group", ceremony.group, "--file", "voters.txt");
    Files.move(only(dir, ".privcreds"), dir.resolve("private_creds.txt"));
    Files.move(only(dir, ".pubcreds"), dir.resolve("public_creds.json"));
    BeleniosTool.ok(dir, "setup", "generate-trustee-key", "--group", ceremony.group);
    Path pubkey = only(dir, ".pubkey");
    Files.copy(pubkey, dir.resolve("public_keys.jsons"));
    Files.write(dir.resolve("threshold.json"), ceremony.thresholdJson);
    BeleniosTool.ok(dir, "setup", "make-trustees");
    Files.delete(dir.resolve("threshold.json"));
    Files.writeString(dir.resolve("template.json"), template);
    BeleniosTool.ok(dir, "setup", "make-election", "--uuid", uuid, "--group", ceremony.group, "--template", "template.json");
    BeleniosTool.ok(dir, "archive", "init");
    List<String> creds = Files.readAllLines(dir.resolve("private_creds.txt"));
    for (int i = 0; i < votes.length; i++) {
      Files.writeString(dir.resolve("cred.txt"), creds.get(i).substring(creds.get(i).indexOf(' ') + 1) + "\n");
      Files.writeString(dir.resolve("vote.txt"), votes[i] + "\n");
      byte[] ballot = BeleniosTool.ok(dir, "election", "generate-ballot", "--privcred", "cred.txt", "--ballot", "vote.txt").stdout();
      BeleniosTool.ok(dir, ballot, "archive", "add-event", "--type=Ballot");
    }
    BeleniosTool.ok(dir, "archive", "add-event", "--type=EndBallots");
    BeleniosTool.ok(dir, BeleniosTool.ok(dir, "election", "compute-encrypted-tally").stdout(), "archive", "add-event", "--type=EncryptedTally");
    return pubkey.getFileName().toString().replace(".pubkey", ".privkey");
  }

  /** Member m (0-based) decrypts as trustee m + 2 (the Single server key is trustee 1). */
  private static CommandRun decrypt(Implementation who, Path dir, int member) {
    return decrypt(who, dir, ceremony, member).assertSucceeded();
  }

  private static CommandRun decrypt(Implementation who, Path dir, ThresholdCeremony ceremony, int member) {
    return who.run(dir, "election", "decrypt-threshold", "--key", ceremony.key(member),
        "--decryption-key", ceremony.dkey(member).toString(), "--trustee-id", Integer.toString(member + 2));
  }

  private static Path copy(String name) throws Exception {
    Path dir = Files.createDirectories(root.resolve(name));
    try (Stream<Path> files = Files.list(election)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".bel")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  @Test
  void anyTwoMembersFromEitherToolDecryptAndBothToolsComputeTheResult() throws Exception {
    int[][] subsets = {{0, 2}, {1, 2}, {0, 1}};
    Implementation[][] makers = {{BELENIOS_TOOL, SCRUTINEER}, {SCRUTINEER, SCRUTINEER}, {SCRUTINEER, BELENIOS_TOOL}};
    for (int s = 0; s < subsets.length; s++) {
      Path dir = copy("subset" + s);
      for (int k = 0; k < 2; k++) {
        byte[] lines = decrypt(makers[s][k], dir, subsets[s][k]).stdout();
        BeleniosTool.ok(dir, lines, "archive", "add-event", "--type=PartialDecryption");
      }
      String ours = Scrutineer.ok(dir, "election", "compute-result").outLines().get(0);
      CommandRun result = BeleniosTool.ok(dir, "election", "compute-result");
      assertThat(result.outLines().get(0)).as("subset " + s).isEqualTo("{\"result\":[[0,2,1,0]]}").isEqualTo(ours);
      BeleniosTool.ok(dir, result.stdout(), "archive", "add-event", "--type=Result");
      assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).as("subset " + s).contains("I: all checks passed");
    }
  }

  @Test
  void computeChecksumsGivesTheToolsBytesWithThresholdTrustees() throws Exception {
    Path dir = copy("checksums");
    CommandRun tool = BeleniosTool.ok(dir, "election", "compute-checksums");
    assertThat(new String(tool.stdout(), StandardCharsets.UTF_8)).contains("\"trustees_threshold\":[{\"trustees\":[{\"pki_key\":");
    assertThat(Scrutineer.ok(dir, "election", "compute-checksums").stdout()).isEqualTo(tool.stdout());
  }

  @Test
  void printsThePartialDecryptionThenTheOwnedWrapperNamingIt() throws Exception {
    CommandRun run = decrypt(SCRUTINEER, copy("lines"), 1);
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"decryption_factors\":[[\"");
    assertThat(lines.get(1)).isEqualTo("{\"owner\":3,\"payload\":\"" + Sha256.hex(run.outLine(0)) + "\"}");
    assertThat(run.errLines()).containsExactly("I: using directory .");
  }

  @Test
  void oneMemberIsNotEnough() throws Exception {
    Path dir = copy("one");
    BeleniosTool.ok(dir, decrypt(SCRUTINEER, dir, 0).stdout(), "archive", "add-event", "--type=PartialDecryption");
    CommandRun ours = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(ours.status()).isEqualTo(124);
    assertThat(ours.stderr()).contains("not enough partial decryptions");
    assertThat(BeleniosTool.run(dir, "election", "compute-result").status()).isNotZero();
  }

  @Test
  void aBadDecryptionProofIsRefusedByBoth() throws Exception {
    Path dir = copy("bad-proof");
    BeleniosTool.ok(dir, decrypt(BELENIOS_TOOL, dir, 0).stdout(), "archive", "add-event", "--type=PartialDecryption");
    CommandRun good = decrypt(SCRUTINEER, dir, 2);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode pd = (ObjectNode) mapper.readTree(good.outLine(0));
    ObjectNode proof = (ObjectNode) pd.get("decryption_proofs").get(0).get(1);
    proof.put("response", new BigInteger(proof.get("response").asText()).add(BigInteger.ONE).toString());
    byte[] tampered = mapper.writeValueAsBytes(pd);
    String owned = "{\"owner\":4,\"payload\":\"" + Sha256.hex(tampered) + "\"}";
    byte[] lines = (new String(tampered, StandardCharsets.UTF_8) + "\n" + owned + "\n").getBytes(StandardCharsets.UTF_8);
    BeleniosTool.ok(dir, lines, "archive", "add-event", "--type=PartialDecryption");
    CommandRun ours = Scrutineer.belenios(dir, "election", "compute-result");
    assertThat(ours.status()).isEqualTo(124);
    assertThat(ours.stderr()).contains("invalid partial decryption (trustee 4");
    assertThat(BeleniosTool.run(dir, "election", "compute-result").status()).isNotZero();
  }

  @Test
  void aSeedThatDoesNotOpenTheDecryptionKeyIsRefused() throws Exception {
    CommandRun run = Scrutineer.belenios(copy("wrong-seed"), "election", "decrypt-threshold", "--key", ceremony.key(0),
        "--decryption-key", ceremony.dkey(1).toString(), "--trustee-id", "2");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).contains("decryption key cannot be decrypted with this key");
  }

  /**
   * Non-homomorphic questions with threshold trustees (demo-nh.sh's questions, demo-threshold.sh's
   * trustees): ours decrypts the last shuffle's output and shows the shuffles as our {@code decrypt}
   * does, and refuses before any shuffle. belenios-tool 2.0's {@code decrypt-threshold} does neither
   * (it has no such check; observed: it decrypts the unshuffled ciphertexts and exits 0).
   */
  @Test
  void nonHomomorphicQuestionsAreDecryptedAfterTheShufflesOnly() throws Exception {
    ThresholdCeremony nh = ThresholdCeremony.upToPolynomials(Files.createDirectories(root.resolve("nh-ceremony")),
        TestElection.NH_GROUP, List.of(SCRUTINEER, BELENIOS_TOOL, SCRUTINEER), 2).finish(SCRUTINEER, BELENIOS_TOOL);
    Path dir = Files.createDirectories(root.resolve("nh"));
    String server = thresholdElection(dir, nh, TestElection.DEMO_NH_TEMPLATE,
        "[[1,0],[1,0,0],[1,2,3]]", "[[0,1],[0,0,1],[3,1,2]]", "[[1,0],[0,1,0],[2,1,3]]");

    CommandRun early = decrypt(SCRUTINEER, dir, nh, 0);
    assertThat(early.status()).isEqualTo(124);
    assertThat(early.stdout()).isEmpty();
    assertThat(early.errLines()).last().asString()
        .startsWith("scrutineer: the election has non-homomorphic questions and no shuffles were found (");
    assertThat(decrypt(BELENIOS_TOOL, dir, nh, 0).status()).as("belenios-tool 2.0 does not check").isZero();

    for (int shuffler = 1; shuffler <= 2; shuffler++) {
      BeleniosTool.ok(dir, BeleniosTool.ok(dir, "election", "shuffle", "--trustee-id", Integer.toString(shuffler)).stdout(),
          "archive", "add-event", "--type=Shuffle");
    }
    BeleniosTool.ok(dir, "archive", "add-event", "--type=EndShuffles");
    BeleniosTool.ok(dir, BeleniosTool.ok(dir, "election", "decrypt", "--privkey", server, "--trustee-id", "1").stdout(),
        "archive", "add-event", "--type=PartialDecryption");
    CommandRun ours = decrypt(SCRUTINEER, dir, nh, 0).assertSucceeded();
    assertThat(ours.errLines()).hasSize(4).startsWith("I: using directory .")
        .endsWith("W: you should check that your shuffle appears in the list of applied shuffles");
    BeleniosTool.ok(dir, ours.stdout(), "archive", "add-event", "--type=PartialDecryption");
    BeleniosTool.ok(dir, decrypt(BELENIOS_TOOL, dir, nh, 2).assertSucceeded().stdout(), "archive", "add-event", "--type=PartialDecryption");
    CommandRun result = BeleniosTool.ok(dir, "election", "compute-result");
    assertThat(Scrutineer.ok(dir, "election", "compute-result").stdout()).isEqualTo(result.stdout());
    assertThat(result.out()).startsWith("{\"result\":[[2,1],[1,1,1],[[").contains("[1,2,3]", "[3,1,2]", "[2,1,3]");
    BeleniosTool.ok(dir, result.stdout(), "archive", "add-event", "--type=Result");
    assertThat(BeleniosTool.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
    assertThat(Scrutineer.ok(dir, "election", "verify").stderr()).contains("I: all checks passed");
  }

  private static Path only(Path dir, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }
}
