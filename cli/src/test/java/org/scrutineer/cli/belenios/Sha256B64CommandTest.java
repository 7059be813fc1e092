package org.scrutineer.cli.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.Scrutineer;

class Sha256B64CommandTest {
  @TempDir Path dir;

  @Test
  void printsUnpaddedBase64OfTheSha256OfStandardInput() {
    assertThat(Scrutineer.ok(dir, "abc".getBytes(StandardCharsets.US_ASCII), "sha256-b64").out())
        .isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0\n");
  }

  @Test
  void printsWhatBeleniosToolPrintsForArbitraryBytes() {
    byte[] bytes = new byte[5000];
    new SecureRandom().nextBytes(bytes);
    assertThat(Scrutineer.ok(dir, bytes, "sha256-b64").stdout())
        .isEqualTo(BeleniosTool.ok(dir, bytes, "sha256-b64").stdout());
  }
}
