package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;

class MakeTrusteesCommandTest {
  @TempDir Path ours;
  @TempDir Path theirs;

  @Test
  void writesTheSameTrusteesJsonAsBeleniosTool_fromKeysOfBothTools() throws Exception {
    Scrutineer.ok(ours, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    BeleniosTool.ok(ours, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    Scrutineer.ok(ours, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    StringBuilder keys = new StringBuilder();
    try (Stream<Path> files = Files.list(ours)) {
      for (Path key : files.filter(f -> f.toString().endsWith(".pubkey")).sorted().toList()) {
        keys.append(Files.readString(key));
      }
    }
    Files.writeString(ours.resolve("public_keys.jsons"), keys);
    Files.writeString(theirs.resolve("public_keys.jsons"), keys);
    Scrutineer.ok(ours, "setup", "make-trustees");
    BeleniosTool.ok(theirs, "setup", "make-trustees");
    assertThat(ours.resolve("trustees.json")).hasSameBinaryContentAs(theirs.resolve("trustees.json"));
  }

  @Test
  void dirOptionReadsAndWritesThere() throws Exception {
    Path sub = Files.createDirectory(ours.resolve("election"));
    Scrutineer.ok(sub, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    try (Stream<Path> files = Files.list(sub)) {
      Path key = files.filter(f -> f.toString().endsWith(".pubkey")).findFirst().orElseThrow();
      Files.copy(key, sub.resolve("public_keys.jsons"));
    }
    Scrutineer.ok(ours, "setup", "make-trustees", "--dir", "election");
    assertThat(Files.readString(sub.resolve("trustees.json"))).startsWith("[[\"Single\",{\"pok\":").endsWith("}]]\n");
  }

  @Test
  void missingKeysFileOrDirectoryIsReported() {
    CommandRun missingFile = Scrutineer.belenios(ours, "setup", "make-trustees");
    assertThat(missingFile.status()).isEqualTo(124);
    assertThat(missingFile.stderr()).isEqualTo("scrutineer: ./public_keys.jsons: No such file or directory\n");
    CommandRun missingDir = Scrutineer.belenios(ours, "setup", "make-trustees", "--dir", "nope");
    assertThat(missingDir.stderr()).isEqualTo("scrutineer: option '--dir': no 'nope' directory\n");
  }
}
