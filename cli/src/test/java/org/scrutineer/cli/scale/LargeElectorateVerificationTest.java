package org.scrutineer.cli.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.ScrutineerCommand;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The verifier's memory does not hold the electorate twice: an election of 100,000 voters (62 MB of
 * public credentials inside the archive) verifies in a child JVM with a 112 MB heap (it needs about
 * 96 MB). Reading that entry into a growing buffer and copying it, as the reader once did, needed
 * twice the entry at once and failed below 128 MB. bench/credentials-scale.sh runs the same at a
 * million voters with a 1 GiB heap (issue #3).
 */
class LargeElectorateVerificationTest {
  private static final int VOTERS = 100_000;

  @Test
  void hundredThousandCredentialsVerifyInA112MegabyteHeap(@TempDir Path dir) throws Exception {
    writeRandomPublicCredentials(dir.resolve("public_creds.json"), VOTERS);
    String uuid = Scrutineer.ok(dir, "setup", "generate-token").out().trim();
    Scrutineer.ok(dir, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    try (var keys = Files.list(dir)) {
      Path key = keys.filter(p -> p.toString().endsWith(".pubkey")).findFirst().orElseThrow();
      Files.copy(key, dir.resolve("public_keys.jsons"));
    }
    Scrutineer.ok(dir, "setup", "make-trustees");
    Files.writeString(dir.resolve("template.json"),
        "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\"],\"min\":0,\"max\":1,\"question\":\"Q\"}]}");
    Scrutineer.ok(dir, "setup", "make-election", "--uuid", uuid, "--group", "BELENIOS-2048", "--template", "template.json");
    Scrutineer.ok(dir, "archive", "init");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx112m",
            "--add-opens", "java.base/java.math=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"), ScrutineerCommand.class.getName(),
            "belenios", "election", "verify", "--dir", dir.toString()))
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed");
  }

  /** N random elements g^x as a public-credentials list, each a valid credential of the group. */
  private static void writeRandomPublicCredentials(Path file, int n) throws IOException {
    Group group = Group.BELENIOS_2048;
    SecureRandom random = new SecureRandom();
    String[] texts = new String[n];
    IntStream.range(0, n).parallel().forEach(i -> texts[i] = Decimal.of(group.powG(group.randomExponent(random))));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write('[');
      for (int i = 0; i < n; i++) {
        out.write(i == 0 ? "\"" : ",\"");
        out.write(texts[i]);
        out.write('"');
      }
      out.write(']');
    }
  }
}
