package org.scrutineer.crypto.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.Proof;

/**
 * A trustee's files from belenios-tool's threshold ceremony (resources threshold/tool-dkey, see its
 * README): the certificate's signature verifies (§4.6.1), the {@code .dkey} opens with the seed's
 * dk (AES-CCM of §4.6) to the key share whose g^x is the published verification key; changed
 * bytes do not open or verify.
 */
class ToolDecryptionKeyTest {
  private static final Group GROUP = Group.BELENIOS_2048;

  @Test
  void toolsCertificateVerifiesUnderItsOwnKeyAndNotWhenChanged() throws IOException {
    String seed = resource("trustee.key").strip();
    String cert = resource("trustee.cert").strip();
    String message = unescape(group(cert, "\"message\":\"(.*?)\",\"signature\""));
    Proof signature = new Proof(new BigInteger(group(cert, "\"challenge\":\"(\\d+)\"")), new BigInteger(group(cert, "\"response\":\"(\\d+)\"")));
    BigInteger vk = GROUP.powG(GROUP.modQ(TrusteeSeed.signingKey(seed)));
    assertThat(message).isEqualTo("{\"verification\":\"" + vk + "\",\"encryption\":\""
        + GROUP.powG(GROUP.modQ(TrusteeSeed.decryptionKey(seed))) + "\"}");
    assertThat(MessageSignature.verify(GROUP, vk, message, signature)).isTrue();
    assertThat(MessageSignature.verify(GROUP, vk, message + " ", signature)).isFalse();
    assertThat(MessageSignature.verify(GROUP, GROUP.mul(vk, GROUP.g()), message, signature)).isFalse();
  }

  @Test
  void toolsDecryptionKeyOpensWithTheSeedToTheVerificationKeysExponent() throws IOException {
    String seed = resource("trustee.key").strip();
    HybridEncryption.Sealed sealed = sealed(resource("trustee.dkey"));
    BigInteger dk = TrusteeSeed.decryptionKey(seed);
    Optional<byte[]> opened = HybridEncryption.decrypt(GROUP, dk, sealed);
    assertThat(opened).isPresent();
    String text = new String(opened.get(), StandardCharsets.UTF_8);
    BigInteger x = new BigInteger(group(text, "decryption_key\\\\\\\\\\\\\":\\\\\\\\\\\\\"(\\d+)"));
    assertThat(GROUP.powG(GROUP.modQ(x)).toString()).isEqualTo(resource("verification-key.txt").strip());
  }

  @Test
  void aChangedByteOrAnotherKeyDoesNotOpen() throws IOException {
    String seed = resource("trustee.key").strip();
    HybridEncryption.Sealed sealed = sealed(resource("trustee.dkey"));
    byte[] data = sealed.data();
    data[3] ^= 1;
    HybridEncryption.Sealed changed = new HybridEncryption.Sealed(sealed.alpha(), sealed.beta(), data);
    assertThat(HybridEncryption.decrypt(GROUP, TrusteeSeed.decryptionKey(seed), changed)).isEmpty();
    assertThat(HybridEncryption.decrypt(GROUP, TrusteeSeed.signingKey(seed), sealed)).isEmpty();
    HybridEncryption.Sealed outside = new HybridEncryption.Sealed(GROUP.p().subtract(sealed.alpha()), sealed.beta(), sealed.data());
    assertThat(HybridEncryption.decrypt(GROUP, TrusteeSeed.decryptionKey(seed), outside)).isEmpty();
  }

  private static HybridEncryption.Sealed sealed(String json) {
    return new HybridEncryption.Sealed(
        new BigInteger(group(json, "\"alpha\":\"(\\d+)\"")),
        new BigInteger(group(json, "\"beta\":\"(\\d+)\"")),
        HexFormat.of().parseHex(group(json, "\"data\":\"([0-9a-f]+)\"")));
  }

  private static String unescape(String jsonString) {
    return jsonString.replace("\\\"", "\"");
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("/" + regex + "/ in " + text.substring(0, Math.min(200, text.length()))).isTrue();
    return m.group(1);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ToolDecryptionKeyTest.class.getResourceAsStream("/threshold/tool-dkey/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
