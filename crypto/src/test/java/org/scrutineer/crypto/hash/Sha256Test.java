package org.scrutineer.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.BeleniosToolTestSupport;

class Sha256Test {
  static Stream<Arguments> inputs() {
    byte[] allBytes = new byte[10_000];
    for (int i = 0; i < allBytes.length; i++) {
      allBytes[i] = (byte) i;
    }
    return Stream.of(
        Arguments.of("empty input", new byte[0]),
        Arguments.of("abc", utf8("abc")),
        Arguments.of("a trailing newline is hashed", utf8("abc\n")),
        Arguments.of("compact JSON", utf8("{\"version\":1,\"timestamp\":\"1795391224\"}")),
        Arguments.of("non-ASCII UTF-8", utf8("élection à Zürich — ☑")),
        Arguments.of("10 kB of every byte value", allBytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void base64IsWhatBeleniosToolSha256B64Prints(String why, byte[] input) {
    assertThat(Sha256.base64(input)).isEqualTo(BeleniosToolTestSupport.sha256B64(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void hexIsTheSameDigestAsTheToolsBase64InLowercaseHex(String why, byte[] input) {
    byte[] toolDigest = Base64.getDecoder().decode(BeleniosToolTestSupport.sha256B64(input));
    assertThat(Sha256.hex(input))
        .isEqualTo(HexFormat.of().formatHex(toolDigest))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void base64HasNoPadding() {
    // 32 bytes are 43 Base64 characters plus one '=' of padding, which Belenios leaves out.
    assertThat(Sha256.base64(new byte[0])).hasSize(43).doesNotContain("=");
  }

  @Test
  void digestOfTextHashesItsUtf8Bytes() {
    String text = "vote → ☑";
    assertThat(Sha256.digest(text)).isEqualTo(Sha256.digest(utf8(text))).hasSize(32);
  }

  @Test
  void newDigestIsAFreshSha256Instance() {
    assertThat(Sha256.newDigest()).isNotSameAs(Sha256.newDigest());
    assertThat(Sha256.newDigest().getAlgorithm()).isEqualTo("SHA-256");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
