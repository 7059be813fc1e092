package org.scrutineer.belenios.trustee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.Proof;

/**
 * belenios-tool's threshold files (resources trustee/tool-threshold, see its README) read strictly
 * and written back byte for byte (Belenios spec 2.0 §4.6, §4.7); the parameters pass every check,
 * and each tampered twin fails the check named.
 */
class ThresholdParametersTest {
  private static final Group GROUP = Group.BELENIOS_2048;

  @Test
  void toolsFilesAreWrittenBackByteForByte() throws Exception {
    assertThat(ThresholdParameters.parse(bytes("threshold.json"), "threshold.json").toJson()).isEqualTo(line("threshold.json"));
    assertThat(Trustees.parse(bytes("trustees.json"), "trustees.json").toJson()).isEqualTo(line("trustees.json"));
    assertThat(TrusteePolynomial.parse(bytes("polynomial.json"), "polynomial").toJson()).isEqualTo(line("polynomial.json"));
    assertThat(VerificationInput.parse(bytes("trustee1.vinput"), "vinput").toJson()).isEqualTo(line("trustee1.vinput"));
    assertThat(VerificationOutput.parse(bytes("trustee1.voutput"), "voutput").toJson()).isEqualTo(line("trustee1.voutput"));
    SignedMessage cert = SignedMessage.parse(bytes("trustee1.cert"), "cert");
    assertThat(cert.toJson()).isEqualTo(line("trustee1.cert"));
    CertificateKeys keys = CertificateKeys.verified(GROUP, cert, "cert");
    assertThat(keys.toMessage()).isEqualTo(cert.message());
  }

  @Test
  void toolsParametersPassEveryCheckAndCombineToTheElectionKey() throws Exception {
    ThresholdParameters parameters = ThresholdParameters.parse(bytes("threshold.json"), "threshold.json");
    assertThat(parameters.problem(GROUP)).isEmpty();
    assertThat(parameters.threshold()).isEqualTo(2);
    assertThat(parameters.size()).isEqualTo(3);
    Trustees trustees = Trustees.parse(bytes("trustees.json"), "trustees.json");
    assertThat(trustees.singles()).hasSize(1);
    assertThat(trustees.thresholdGroups()).containsExactly(parameters);
    assertThat(trustees.combinedKey(GROUP)).isEqualTo(Election.parse(line("election.json")).publicKey());
  }

  @Test
  void tamperedParametersFailTheNamedCheck() throws Exception {
    ThresholdParameters p = ThresholdParameters.parse(bytes("threshold.json"), "threshold.json");
    List<TrusteePublicKey> swapped = new ArrayList<>(p.verificationKeys());
    swapped.set(0, p.verificationKeys().get(1));
    swapped.set(1, p.verificationKeys().get(0));
    assertThat(new ThresholdParameters(2, p.certs(), p.coefexps(), swapped).problem(GROUP)).hasValueSatisfying(
        m -> assertThat(m).startsWith("verification key 1 is incorrect"));
    List<SignedMessage> coefexps = new ArrayList<>(p.coefexps());
    coefexps.set(1, p.coefexps().get(0));
    assertThat(new ThresholdParameters(2, p.certs(), coefexps, p.verificationKeys()).problem(GROUP)).hasValueSatisfying(
        m -> assertThat(m).startsWith("coefexps 2 does not validate"));
    List<SignedMessage> certs = new ArrayList<>(p.certs());
    SignedMessage c = p.certs().get(2);
    certs.set(2, new SignedMessage(c.message(), new Proof(c.signature().challenge(), c.signature().response().add(java.math.BigInteger.ONE))));
    assertThat(new ThresholdParameters(2, certs, p.coefexps(), p.verificationKeys()).problem(GROUP)).hasValueSatisfying(
        m -> assertThat(m).contains("certificate's signature does not verify"));
    assertThat(new ThresholdParameters(3, p.certs(), p.coefexps(), p.verificationKeys()).problem(GROUP)).hasValueSatisfying(
        m -> assertThat(m).contains("but the threshold is 3"));
    TrusteePublicKey k = p.verificationKeys().get(2);
    List<TrusteePublicKey> badPok = new ArrayList<>(p.verificationKeys());
    badPok.set(2, new TrusteePublicKey(new Proof(k.pok().challenge(), k.pok().response().add(java.math.BigInteger.ONE)), k.publicKey()));
    assertThat(new ThresholdParameters(2, p.certs(), p.coefexps(), badPok).problem(GROUP)).hasValueSatisfying(
        m -> assertThat(m).startsWith("pok 3 does not validate"));
  }

  @Test
  void unknownFieldsAndMissingFieldsAreRefused() {
    String text = new String(line("threshold.json"), StandardCharsets.UTF_8);
    byte[] extra = text.replaceFirst("\\{\"threshold\":2,", "{\"threshold\":2,\"x\":1,").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThresholdParameters.parse(extra, "t"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("t.x");
    byte[] missing = text.replaceFirst("\\{\"threshold\":2,", "{").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThresholdParameters.parse(missing, "t"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("t.threshold");
  }

  @Test
  void innerMessagesAreReadStrictly() {
    String text = new String(line("threshold.json"), StandardCharsets.UTF_8);
    byte[] badCoefexps = text.replaceFirst("\\{\\\\\"coefexps\\\\\":\\[", "{\\\\\"coefexps\\\\\":[\\\\\"x\\\\\",").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThresholdParameters.parse(badCoefexps, "t"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("t.coefexps[0].message.coefexps[0]");
    byte[] badCert = text.replaceFirst("\\{\\\\\"verification\\\\\":", "{\\\\\"verificatio\\\\\":").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThresholdParameters.parse(badCert, "t"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("t.certs[0].message");
  }

  private static byte[] line(String name) {
    try {
      byte[] b = bytes(name);
      return java.util.Arrays.copyOf(b, b.length - 1); // without the final newline
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = ThresholdParametersTest.class.getResourceAsStream("/trustee/tool-threshold/" + name)) {
      return in.readAllBytes();
    }
  }
}
