package org.scrutineer.archive.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.archive.BeleniosTool;

/**
 * Walks the golden folders made by real belenios-tool (src/test/resources/golden, see its README):
 * each accept case must verify with the recorded result, each reject case must fail, and
 * belenios-tool itself must agree — except for the replay cases, which only Scrutineer rejects.
 * Adding a case is adding a folder.
 */
class GoldenArchiveVerificationTest {

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path golden = Path.of(GoldenArchiveVerificationTest.class.getResource("/golden").toURI());
    return Files.list(golden).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verifiesAsRecorded(Path folder, @TempDir Path work) throws Exception {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(folder.resolve("case.properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    String expect = properties.getProperty("expect");
    Path bel = copyArchive(folder, work);

    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(bel);
    BeleniosTool.Result theirs = BeleniosTool.require().tryRun(work, new byte[0], "election", "verify", "--dir", work.toString());

    switch (expect) {
      case "accept" -> {
        assertThat(report.findings()).as(folder.getFileName() + ": findings").isEmpty();
        String result = properties.getProperty("result");
        if (result != null) {
          String ours = new String(report.result().orElseThrow().toJson(), StandardCharsets.UTF_8);
          assertThat(ours).isEqualTo("{\"result\":" + result + "}");
        }
        assertThat(theirs.exitCode()).as("belenios-tool verify: " + theirs.stderr()).isZero();
      }
      case "reject" -> {
        assertThat(report.passed()).as(folder.getFileName() + " must fail: " + properties.getProperty("why")).isFalse();
        assertThat(report.errors()).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
        assertThat(theirs.exitCode()).as("belenios-tool must reject it too").isNotZero();
      }
      case "reject-ours-only" -> {
        assertThat(report.errors()).extracting(Finding::check).containsOnly(Check.BALLOT_REPLAY);
        assertThat(theirs.exitCode()).as("belenios-tool accepts replays: " + theirs.stderr()).isZero();
        VerificationReport lenient = new ArchiveVerifier(VerifierOptions.defaults().withLenient(true)).verify(bel);
        assertThat(lenient.passed()).isTrue();
        assertThat(lenient.warnings()).extracting(Finding::check).containsOnly(Check.BALLOT_REPLAY);
      }
      default -> throw new IllegalStateException(folder + ": unknown expect=" + expect);
    }
  }

  /** Each defect of issue #3 is named precisely: the check, the event and the reason. */
  @ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "altered-proof-digit, BALLOT_PROOFS, individual_proofs[0] does not prove",
    "unknown-credential, BALLOT_CREDENTIAL, not one of the election's public credentials",
    "changed-result, RESULT, is not the decryption of the encrypted tally",
    "altered-decryption-proof, PARTIAL_DECRYPTION, decryption_proofs[0][0] does not verify",
    "truncated, ARCHIVE_STRUCTURE, truncated archive",
    "duplicated-ballot, BALLOT_REPLAY, replays the ballot of event 1",
    "event-out-of-order, ARCHIVE_STRUCTURE, but the previous event",
    "element-outside-subgroup, BALLOT_PROOFS, not a pair of elements of the order-q subgroup",
    "credential-outside-subgroup, SETUP_CREDENTIALS, public_credentials[3] is not an element of the order-q subgroup",
    "duplicated-credential, SETUP_CREDENTIALS, public_credentials[3] appears twice",
    "ballot-credential-outside-subgroup, SETUP_CREDENTIALS, public_credentials[3] is not an element of the order-q subgroup",
    "threshold-not-enough, RESULT, 'not enough partial decryptions: threshold trustees 2 to 4 gave 1, 2 are needed'",
    "threshold-altered-decryption-proof, PARTIAL_DECRYPTION, trustee 2: decryption_proofs[0][0] does not verify",
    "mixnet-permuted-output, SHUFFLE, 'shuffle 2 (owner 2), non-homomorphic question 1: t1:'",
    "mixnet-altered-reencryption, SHUFFLE, 'shuffle 1 (owner 1), non-homomorphic question 1: t1:'",
    "mixnet-changed-ballot, RESULT, is not the decryption of shuffled ciphertext 0"
  })
  void namesTheDefect(String name, Check check, String reason, @TempDir Path work) throws Exception {
    Path folder = cases().filter(path -> path.getFileName().toString().equals(name)).findFirst().orElseThrow();
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(copyArchive(folder, work));
    assertThat(report.errors()).isNotEmpty();
    Finding first = report.errors().get(0);
    assertThat(first.check()).isEqualTo(check);
    assertThat(first.message()).contains(reason);
    if (check != Check.ARCHIVE_STRUCTURE) {
      assertThat(first.eventIndex()).isPresent();
      assertThat(first.eventHash()).hasValueSatisfying(hash -> assertThat(hash).hasSize(64));
    }
  }

  /**
   * A ballot signed with a public credential outside the subgroup: its signature verifies (the
   * challenge is even) and its proofs are valid, so only the membership checks can catch it — that
   * of the set-up and that of the ballot, whose credential the set-up check no longer vouches for.
   */
  @org.junit.jupiter.api.Test
  void ballotWithACredentialOutsideTheSubgroupIsRejectedItself(@TempDir Path work) throws Exception {
    Path folder = cases().filter(path -> path.getFileName().toString().equals("ballot-credential-outside-subgroup")).findFirst().orElseThrow();
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(copyArchive(folder, work));
    assertThat(report.errors()).extracting(Finding::check).containsExactly(Check.SETUP_CREDENTIALS, Check.BALLOT_PROOFS);
    assertThat(report.errors().get(1).message()).contains("credential is not an element of the order-q subgroup");
    assertThat(report.errors().get(1).eventIndex()).hasValue(4L);
  }

  private static Path copyArchive(Path folder, Path work) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path source = files.filter(file -> file.toString().endsWith(".bel")).findFirst().orElseThrow();
      return Files.copy(source, work.resolve(source.getFileName()));
    }
  }
}
