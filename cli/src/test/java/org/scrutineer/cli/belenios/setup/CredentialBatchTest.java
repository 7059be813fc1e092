package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

class CredentialBatchTest {
  private static final String UUID = "n5567QfMA2XZGR";
  private static final Group GROUP = Group.BELENIOS_2048;

  @Test
  void numberedIdsAllHaveTheSameNumberOfDigits() {
    assertThat(CredentialBatch.numberedIds(1)).containsExactly("1");
    assertThat(CredentialBatch.numberedIds(8)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(CredentialBatch.numberedIds(9)).startsWith("10").endsWith("18").hasSize(9);
    assertThat(CredentialBatch.numberedIds(12)).startsWith("10").endsWith("21");
    assertThat(CredentialBatch.numberedIds(89)).startsWith("10").endsWith("98");
    assertThat(CredentialBatch.numberedIds(90)).startsWith("100").endsWith("189");
  }

  @Test
  void publicCredentialsAreSortedByValueAndMatchThePrivateOnes() {
    CredentialBatch batch =
        CredentialBatch.generate(GROUP, UUID, CredentialBatch.numberedIds(12), new SecureRandom());
    List<BigInteger> publics = batch.publicCredentials().stream().map(BigInteger::new).toList();
    assertThat(publics).isSortedAccordingTo(BigInteger::compareTo).hasSize(12);
    List<BigInteger> derived =
        batch.privateLines().stream()
            .map(line -> Credential.parse(line.substring(line.indexOf(' ') + 1)).orElseThrow())
            .map(credential -> credential.publicCredential(GROUP, UUID))
            .toList();
    assertThat(publics).containsExactlyInAnyOrderElementsOf(derived);
    assertThat(batch.privateLines().get(0)).startsWith("10 ");
  }

  @Test
  void withoutWeightsPublicFileHasEmptyWeightAndTheLogin() {
    CredentialBatch batch = CredentialBatch.generate(GROUP, UUID, List.of("a@x.org,alice", "b@x.org"), new SecureRandom());
    assertThat(batch.publicWithLogins()).allMatch(line -> line.matches("[0-9]+,,(alice|b@x\\.org)"));
    assertThat(batch.publicCredentials()).allMatch(line -> line.matches("[0-9]+"));
  }

  @Test
  void oneWeightGivesEveryEntryAWeight_writtenCanonically() {
    CredentialBatch batch =
        CredentialBatch.generate(GROUP, UUID, List.of("a@x.org,alice,007", "b@x.org,,2", "c@x.org"), new SecureRandom());
    assertThat(batch.publicWithLogins())
        .anyMatch(line -> line.endsWith(",7,alice"))
        .anyMatch(line -> line.endsWith(",2,b@x.org"))
        .anyMatch(line -> line.endsWith(",1,c@x.org"));
    assertThat(batch.publicCredentials()).allMatch(line -> line.matches("[0-9]+,[127]"));
    assertThat(batch.privateLines().get(0)).startsWith("a@x.org,alice,007 ");
  }

  @Test
  void fingerprintCoversTheCredentialsWithoutLogins() {
    CredentialBatch batch = CredentialBatch.generate(GROUP, UUID, List.of("a,a,3", "b"), new SecureRandom());
    String json = "[\"" + String.join("\",\"", batch.publicCredentials()) + "\"]";
    assertThat(batch.fingerprint()).isEqualTo(Sha256.base64(json.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Test
  void badVoterLinesAreRefusedWithTheLine() {
    SecureRandom random = new SecureRandom();
    assertThatThrownBy(() -> CredentialBatch.generate(GROUP, UUID, List.of("a,b,c,d"), random))
        .hasMessageContaining("\"a,b,c,d\" has 4 comma-separated fields");
    assertThatThrownBy(() -> CredentialBatch.generate(GROUP, UUID, List.of("a,b,-3"), random))
        .hasMessageContaining("\"-3\" is not a valid weight");
  }
}
