package org.scrutineer.belenios.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.crypto.group.Group;

/** Spec §4.5 trustee_public_key, with belenios-tool's optional name after the key. */
class TrusteePublicKeyTest {
  private static final Group GROUP = Group.RFC_3526_2048;

  private static TrusteePublicKey read(String json) throws BeleniosFormatException {
    return TrusteePublicKey.read(JsonReading.parse(json.getBytes(StandardCharsets.UTF_8), "key"), "key");
  }

  @Test
  void aNamedKeyIsReadAndWrittenBackByteForByte() throws Exception {
    TrusteePublicKey key = TrusteePublicKey.of(GROUP, BigInteger.valueOf(123456789), new SecureRandom());
    String unnamed = new String(key.toJson(), StandardCharsets.UTF_8);
    String named = unnamed.substring(0, unnamed.length() - 1) + ",\"name\":\"Alice\"}";

    TrusteePublicKey read = read(named);
    assertThat(read.name()).contains("Alice");
    assertThat(new String(read.toJson(), StandardCharsets.UTF_8)).isEqualTo(named);
    assertThat(read.isValid(GROUP)).isTrue();
    assertThat(read(unnamed).name()).isEmpty();
    assertThat(new String(read(unnamed).toJson(), StandardCharsets.UTF_8)).isEqualTo(unnamed);
    assertThat(new TrusteePublicKey(key.pok(), key.publicKey())).isEqualTo(new TrusteePublicKey(key.pok(), key.publicKey(), Optional.empty()));
  }

  @Test
  void aNameMustBeAStringAndNoOtherFieldIsAllowed() throws Exception {
    String unnamed = new String(TrusteePublicKey.of(GROUP, BigInteger.TEN, new SecureRandom()).toJson(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(unnamed.substring(0, unnamed.length() - 1) + ",\"name\":7}"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("key.name");
    assertThatThrownBy(() -> read(unnamed.substring(0, unnamed.length() - 1) + ",\"email\":\"a@x\"}"))
        .isInstanceOf(BeleniosFormatException.class).hasMessageContaining("key.email").hasMessageContaining("unknown field");
  }
}
