package org.scrutineer.archive.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.archive.BeleniosTool;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.Check;
import org.scrutineer.archive.verify.Finding;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.shuffle.ShuffleCheck;
import org.scrutineer.crypto.shuffle.ShuffledCiphertexts;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;

/**
 * Belenios spec 2.0 §4.17 "Shuffles" against the real belenios-tool 2.0, both ways: our shuffle
 * check and archive verifier accept the tool's shuffles, the tool's {@code election verify} accepts
 * ours (first or second in the chain, and decrypts them to the votes cast), and both verifiers
 * reject the same tampered shuffles.
 */
class ShuffleInteropTest {
  static final List<String> VOTES = List.of("[[1,2,3]]", "[[2,1,3]]", "[[3,1,2]]", "[[1,3,2]]");

  @TempDir static Path root;
  private static ToolNhElection tallied;
  private final SecureRandom random = new SecureRandom();

  @BeforeAll
  static void setUp() throws Exception {
    BeleniosTool tool = BeleniosTool.require();
    tallied = ToolNhElection.tallied(tool, Files.createDirectory(root.resolve("tallied")), VOTES);
  }

  @Test
  void toolShuffleThenOursBothVerifiersAccept() throws Exception {
    ToolNhElection e = tallied.copyTo(Files.createDirectory(root.resolve("tool-first")));
    e.ok(e.ok("", "election", "shuffle", "--trustee-id=1"), "archive", "add-event", "--type=Shuffle");
    ToolNhElection.Contents read = e.read();
    assertThat(check(read.election(), read.tally(), read.shuffles().get(0))).isEqualTo(List.of(new ShuffleCheck.Valid()));

    e.appendShuffle(ours(read.election(), read.latest(), read.election().fingerprint()), 2);
    BeleniosTool.Result verify = e.verify();
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    assertThat(verify.stderr()).contains("all checks passed");
    assertThat(archiveVerifier(e).findings()).isEmpty();
  }

  @Test
  void ourShuffleThenToolsThenDecryptionGiveTheVotes() throws Exception {
    ToolNhElection e = tallied.copyTo(Files.createDirectory(root.resolve("ours-first")));
    Election election = e.read().election();
    e.appendShuffle(ours(election, e.read().tally(), election.fingerprint()), 1);
    assertThat(e.verify().exitCode()).as(e.verify().stderr()).isZero();

    e.ok(e.ok("", "election", "shuffle", "--trustee-id=2"), "archive", "add-event", "--type=Shuffle");
    ToolNhElection.Contents read = e.read();
    assertThat(check(election, read.shuffles().get(0).ciphertexts(), read.shuffles().get(1)))
        .isEqualTo(List.of(new ShuffleCheck.Valid()));

    e.ok("", "archive", "add-event", "--type=EndShuffles");
    e.ok(e.ok("", "election", "decrypt", "--privkey", e.only(".privkey").toString(), "--trustee-id", "1"),
        "archive", "add-event", "--type=PartialDecryption");
    String result = e.ok("", "election", "compute-result");
    e.ok(result, "archive", "add-event", "--type=Result");
    assertThat(e.verify().exitCode()).isZero();
    VerificationReport report = archiveVerifier(e);
    assertThat(report.findings()).isEmpty();
    assertThat(new String(report.result().orElseThrow().toJson(), StandardCharsets.UTF_8)).isEqualTo(result.strip());
    List<String> ranks = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\d,\\d,\\d\\]").matcher(result);
    while (m.find()) ranks.add("[" + m.group() + "]");
    assertThat(ranks).containsExactlyInAnyOrderElementsOf(VOTES);
  }

  @Test
  void tamperedShufflesAreRejectedByBothVerifiers() throws Exception {
    Election election = tallied.read().election();
    List<Ciphertext> in = tallied.read().tally().get(0);
    ShuffledCiphertexts valid = VerifiableShuffle.shuffle(election.group(), election.fingerprint(), election.publicKey(), in, random);
    List<Ciphertext> out = valid.ciphertexts();

    List<Ciphertext> swapped = new ArrayList<>(out);
    swapped.set(0, out.get(1));
    swapped.set(1, out.get(0));
    List<Ciphertext> reEncrypted = new ArrayList<>(out);
    reEncrypted.set(0, new Ciphertext(election.group().mul(out.get(0).alpha(), election.group().g()),
        election.group().mul(out.get(0).beta(), election.publicKey())));
    ShuffledCiphertexts otherChallenge =
        VerifiableShuffle.shuffle(election.group(), election.fingerprint() + "x", election.publicKey(), in, random);

    record Twin(String name, Shuffle shuffle) {}
    List<Twin> twins = List.of(
        new Twin("permuted output without a matching proof", new Shuffle(List.of(swapped), List.of(valid.proof()))),
        new Twin("altered re-encryption of output[0]", new Shuffle(List.of(reEncrypted), List.of(valid.proof()))),
        new Twin("proof made for a wrong challenge", Shuffle.of(List.of(otherChallenge))));
    List<String> failures = new ArrayList<>();
    int i = 0;
    for (Twin twin : twins) {
      ShuffleCheck ours = VerifiableShuffle.verify(election.group(), election.fingerprint(), election.publicKey(),
          in, twin.shuffle().ciphertexts().get(0), twin.shuffle().proofs().get(0));
      if (!(ours instanceof ShuffleCheck.Failed failed) || !failed.check().equals("t1")) {
        failures.add(twin.name() + ": ours gave " + ours + ", expected t1");
      }
      ToolNhElection e = tallied.copyTo(Files.createDirectory(root.resolve("twin" + i++)));
      e.appendShuffle(twin.shuffle(), 1);
      BeleniosTool.Result verify = e.verify();
      if (verify.exitCode() == 0 || !verify.stderr().contains("shuffle #0 failed tests")) {
        failures.add(twin.name() + ": belenios-tool election verify exited " + verify.exitCode() + ": " + verify.stderr().strip());
      }
      List<Finding> errors = archiveVerifier(e).errors();
      if (errors.size() != 1 || errors.get(0).check() != Check.SHUFFLE || !errors.get(0).message().contains("question 1: t1:")) {
        failures.add(twin.name() + ": our archive verifier gave " + errors);
      }
    }
    assertThat(failures).isEmpty();
  }

  private static VerificationReport archiveVerifier(ToolNhElection e) throws Exception {
    return new ArchiveVerifier(VerifierOptions.defaults()).verify(e.only(".bel"));
  }

  private Shuffle ours(Election election, List<List<Ciphertext>> input, String fingerprint) {
    List<ShuffledCiphertexts> questions = new ArrayList<>();
    for (List<Ciphertext> question : input) {
      questions.add(VerifiableShuffle.shuffle(election.group(), fingerprint, election.publicKey(), question, random));
    }
    return Shuffle.of(questions);
  }

  private static List<ShuffleCheck> check(Election election, List<List<Ciphertext>> input, Shuffle shuffle) {
    List<ShuffleCheck> checks = new ArrayList<>();
    for (int q = 0; q < input.size(); q++) {
      checks.add(VerifiableShuffle.verify(election.group(), election.fingerprint(), election.publicKey(),
          input.get(q), shuffle.ciphertexts().get(q), shuffle.proofs().get(q)));
    }
    return checks;
  }
}
