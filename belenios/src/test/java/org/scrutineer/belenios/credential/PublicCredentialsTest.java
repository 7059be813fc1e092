package org.scrutineer.belenios.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.json.BeleniosFormatException;

class PublicCredentialsTest {
  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void streamingReadsWhatParseReads() throws Exception {
    byte[] json = bytes("[\"12\",\"34,2\",\"56,,alice\",\"78,3,bob\"]");
    List<PublicCredential> streamed = new ArrayList<>();
    PublicCredentials.forEachEntry(json, "creds", (index, entry) -> streamed.add(entry));
    assertThat(streamed).isEqualTo(PublicCredentials.parse(json, "creds").entries());
    assertThat(streamed.get(1).weight()).contains(BigInteger.TWO);
    assertThat(streamed.get(2).login()).contains("alice");
    assertThat(streamed.get(2).weight()).isEqualTo(Optional.empty());
    assertThat(PublicCredentials.parse(json, "creds").toArchiveJson()).isEqualTo(bytes("[\"12\",\"34,2\",\"56\",\"78,3\"]"));
  }

  @Test
  void badEntriesAreNamedByIndex() {
    assertThatThrownBy(() -> PublicCredentials.forEachEntry(bytes("[\"12\",\"x1\"]"), "creds", (index, entry) -> {}))
        .isInstanceOf(BeleniosFormatException.class)
        .hasMessageContaining("creds[1]")
        .hasMessageContaining("not a non-negative decimal number");
    assertThatThrownBy(() -> PublicCredentials.forEachEntry(bytes("[\"12\",3]"), "creds", (index, entry) -> {}))
        .hasMessageContaining("creds[1]");
    assertThatThrownBy(() -> PublicCredentials.forEachEntry(bytes("{}"), "creds", (index, entry) -> {}))
        .hasMessageContaining("expected a JSON array");
    assertThatThrownBy(() -> PublicCredentials.forEachEntry(bytes("[\"12\"] []"), "creds", (index, entry) -> {}))
        .hasMessageContaining("after the array");
    // Arabic-Indic digits are digits to Java's BigInteger, not to belenios-tool
    assertThatThrownBy(() -> PublicCredentials.forEachEntry(bytes("[\"1\u0663\"]"), "creds", (index, entry) -> {}))
        .hasMessageContaining("creds[0]")
        .hasMessageContaining("not a non-negative decimal number");
  }
}
