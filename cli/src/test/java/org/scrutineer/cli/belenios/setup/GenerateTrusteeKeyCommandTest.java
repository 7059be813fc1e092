package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

class GenerateTrusteeKeyCommandTest {
  @TempDir Path dir;

  @Test
  void writesPubkeyAndPrivkeyNamedByTheKeysFingerprint_reportingOnStandardOutput() throws Exception {
    CommandRun run = Scrutineer.ok(dir, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(3);
    String id = lines.get(0).substring("I: keypair ".length(), "I: keypair ".length() + 8);
    assertThat(lines)
        .containsExactly(
            "I: keypair " + id + " has been generated",
            "I: public key saved to " + id + ".pubkey",
            "I: private key saved to " + id + ".privkey");
    assertThat(run.stderr()).isEmpty();

    Path pubkey = dir.resolve(id + ".pubkey");
    Path privkey = dir.resolve(id + ".privkey");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pubkey))).isEqualTo("r--r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privkey))).isEqualTo("r--------");

    byte[] pubkeyBytes = Files.readAllBytes(pubkey);
    assertThat(pubkeyBytes[pubkeyBytes.length - 1]).isEqualTo((byte) '\n');
    TrusteePublicKey key = TrusteePublicKey.read(JsonReading.parse(pubkeyBytes, "pubkey"), "pubkey");
    Group group = Group.BELENIOS_2048;
    assertThat(key.isValid(group)).isTrue();
    assertThat(key.toJson()).isEqualTo(java.util.Arrays.copyOf(pubkeyBytes, pubkeyBytes.length - 1));
    assertThat(id)
        .isEqualTo(Sha256.hex(key.publicKey().toString().getBytes(StandardCharsets.US_ASCII)).substring(0, 8).toUpperCase(Locale.ROOT));

    String secret = Files.readString(privkey);
    assertThat(secret).matches("\"[0-9]+\"\n");
    BigInteger x = new BigInteger(secret.substring(1, secret.length() - 2));
    assertThat(group.powG(x)).isEqualTo(key.publicKey());
  }

  @Test
  void groupIsMandatory() {
    CommandRun run = Scrutineer.belenios(dir, "setup", "generate-trustee-key");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).isEqualTo("scrutineer: --group is mandatory\n");
  }
}
