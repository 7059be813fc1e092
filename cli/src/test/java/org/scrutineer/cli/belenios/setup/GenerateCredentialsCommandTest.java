package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.crypto.hash.Sha256;

class GenerateCredentialsCommandTest {
  private static final String UUID = "n5567QfMA2XZGR";
  private static final long TIME = 1795443658L;

  @TempDir Path dir;

  @Test
  void countWritesTimestampedFilesWithTheirModesAndPrintsTheFingerprint() throws Exception {
    CommandRun run =
        Scrutineer.beleniosAt(TIME, dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--count", "12");
    assertThat(run.status()).isZero();
    assertThat(run.outLines())
        .hasSize(3)
        .startsWith("12 private credentials with ids saved to ./1795443658.privcreds", "12 public credentials saved to ./1795443658.pubcreds");
    Path privcreds = dir.resolve(TIME + ".privcreds");
    Path pubcreds = dir.resolve(TIME + ".pubcreds");
    assertThat(mode(privcreds)).isEqualTo("r--------");
    assertThat(mode(pubcreds)).isEqualTo("r--r--r--");
    List<String> lines = Files.readAllLines(privcreds);
    assertThat(lines).hasSize(12).allMatch(line -> line.matches("[1-2][0-9] [1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}"));
    assertThat(lines.get(0)).startsWith("10 ");
    String json = Files.readString(pubcreds);
    assertThat(json).startsWith("[\"").endsWith("\"]").doesNotContain("\n");
    String[] entries = new ObjectMapper().readValue(json, String[].class);
    List<String> stripped = new ArrayList<>();
    for (String entry : entries) {
      assertThat(entry).matches("[0-9]+,,[0-9]{2}");
      stripped.add(entry.substring(0, entry.indexOf(',')));
    }
    String archived = "[\"" + String.join("\",\"", stripped) + "\"]";
    assertThat(run.outLines().get(2))
        .isEqualTo("The fingerprint of public credentials is " + Sha256.base64(archived.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void secondRunInTheSameSecondRefusesToOverwrite() {
    String[] args = {"setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--count", "1"};
    assertThat(Scrutineer.beleniosAt(TIME, dir, args).status()).isZero();
    CommandRun again = Scrutineer.beleniosAt(TIME, dir, args);
    assertThat(again.status()).isEqualTo(124);
    assertThat(again.stderr()).isEqualTo("scrutineer: ./" + TIME + ".privcreds: File exists\n");
  }

  @Test
  void dirOptionNamesTheFilesUnderIt() throws Exception {
    Files.createDirectory(dir.resolve("out"));
    CommandRun run =
        Scrutineer.beleniosAt(
            TIME, dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--count", "2", "--dir", "out/");
    assertThat(run.outLines().get(0)).isEqualTo("2 private credentials with ids saved to out/1795443658.privcreds");
    assertThat(dir.resolve("out").resolve(TIME + ".pubcreds")).exists();
  }

  @Test
  void beleniosToolDerivesOurPublicCredentials() throws Exception {
    Files.write(dir.resolve("voters.txt"), List.of("a@x.org,alice,3", "b@x.org,,2", "c@x.org"));
    Scrutineer.beleniosAt(TIME, dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--file", "voters.txt")
        .assertSucceeded();
    List<String> ours = List.of(new ObjectMapper().readValue(dir.resolve(TIME + ".pubcreds").toFile(), String[].class));
    for (String line : Files.readAllLines(dir.resolve(TIME + ".privcreds"))) {
      String credential = line.substring(line.indexOf(' ') + 1);
      String derived =
          BeleniosTool.ok(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--derive", credential)
              .outLines()
              .get(0);
      assertThat(ours).anyMatch(entry -> entry.startsWith(derived + ","));
    }
  }

  @Test
  void deriveGivesWhatBeleniosToolGeneratedForItsCredentials() throws Exception {
    BeleniosTool.ok(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "RFC-3526-2048", "--count", "3");
    Path privcreds;
    Path pubcreds;
    try (var files = Files.list(dir)) {
      List<Path> all = files.sorted().toList();
      privcreds = all.stream().filter(p -> p.toString().endsWith(".privcreds")).findFirst().orElseThrow();
      pubcreds = all.stream().filter(p -> p.toString().endsWith(".pubcreds")).findFirst().orElseThrow();
    }
    String theirs = Files.readString(pubcreds);
    for (String line : Files.readAllLines(privcreds)) {
      String credential = line.substring(line.indexOf(' ') + 1);
      String derived =
          Scrutineer.ok(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "RFC-3526-2048", "--derive", credential)
              .outLines()
              .get(0);
      assertThat(theirs).contains("\"" + derived + ",,");
    }
  }

  @Test
  void exactlyOneOfCountFileAndDeriveIsRequired() {
    CommandRun none = Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048");
    assertThat(none.status()).isEqualTo(124);
    assertThat(none.stderr()).contains("--count, --file and --derive are mutually exclusive");
    CommandRun two =
        Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--count", "2", "--derive", "x");
    assertThat(two.status()).isEqualTo(124);
  }

  @Test
  void missingGroupOrBadUuidOrInvalidCredentialIsReported() {
    assertThat(Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", UUID, "--count", "1").stderr())
        .isEqualTo("scrutineer: --group is mandatory\n");
    assertThat(Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", "abc", "--group", "BELENIOS-2048", "--count", "1").stderr())
        .startsWith("scrutineer: \"abc\" is not a valid UUID");
    assertThat(Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "FOO", "--count", "1").stderr())
        .startsWith("scrutineer: unknown group: FOO");
    assertThat(Scrutineer.belenios(dir, "setup", "generate-credentials", "--uuid", UUID, "--group", "BELENIOS-2048", "--derive", "ABC").stderr())
        .isEqualTo("scrutineer: invalid secret credential: ABC\n");
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }
}
