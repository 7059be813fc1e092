package org.scrutineer.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.crypto.BeleniosToolTestSupport.run;
import static org.scrutineer.crypto.BeleniosToolTestSupport.runOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.crypto.BeleniosToolTestSupport;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class CredentialTest {
  private static final String UUID = "ENyQCax9UW3quN";
  private static final String FORMAT = "[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}";
  private final SecureRandom random = TestRandom.seeded(8);

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  @Test
  void generatedCredentialsAreDashedAndParse() {
    for (int i = 0; i < 100; i++) {
      String text = Credential.generate(random).reveal();
      assertThat(text).matches(FORMAT);
      assertThat(Credential.parse(text)).as(text).isPresent();
      assertThat(Credential.parse(text.replace("-", ""))).as("compact form").isPresent();
    }
  }

  @Test
  void parseKeepsTheTextAsGivenSoTheTwoFormsDeriveDifferentKeys() {
    String dashed = Credential.generate(random).reveal();
    String compact = dashed.replace("-", "");
    Credential fromDashed = Credential.parse(dashed).orElseThrow();
    Credential fromCompact = Credential.parse(compact).orElseThrow();
    assertThat(fromDashed.reveal()).isEqualTo(dashed);
    assertThat(fromCompact.reveal()).isEqualTo(compact);
    Group group = Group.BELENIOS_2048;
    assertThat(fromDashed.publicCredential(group, UUID))
        .isNotEqualTo(fromCompact.publicCredential(group, UUID));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "7Cj-sfB-4hz-LTa-JP", // too short
        "7Cj-sfB-4hz-LTa-JPuu", // too long
        "7Cjs-fB-4hz-LTa-JPu", // dash misplaced
        "7Cj-sfB-4hz-LTa-JPu-",
        "7Cj-sfB4hz-LTa-JPu",
        "7Cjs-fB4h-zLTaJ-Pu",
        "7Cjsf-B4hzL-TaJPu", // belenios-tool's 17-character password shape
        "7Cj-sfB-4hz-LTa-JP0", // 0 is not Base58
        "7Cj-sfB-4hz-LTa-JPO",
        "7Cj-sfB-4hz-LTI-JPu",
        "7Cj-sfB-4hz-LTl-JPu",
        "7Cj sfB 4hz LTa JPu",
        " 7Cj-sfB-4hz-LTa-JPu",
        "7Cj-sfB-4hz-LTa-JPv", // checksum off by one
        "7CjsfB4hzLTaJPv"
      })
  void rejectsMalformedCredentials(String text) {
    assertThat(Credential.parse(text)).isEmpty();
  }

  @Test
  void acceptsAWellFormedCredentialInBothForms() {
    assertThat(Credential.parse("7Cj-sfB-4hz-LTa-JPu")).isPresent();
    assertThat(Credential.parse("7CjsfB4hzLTaJPu")).isPresent();
  }

  @Test
  void checksumIs53MinusC1Mod53WithoutReducing53() {
    assertThat(Credential.checksum("11111111111111")).as("c1 = 0").isEqualTo(53);
    assertThat(Credential.checksum("11111111111112")).as("c1 = 1").isEqualTo(52);
    assertThat(Credential.checksum("1111111111111z")).as("c1 = 57 = 4 mod 53").isEqualTo(49);
  }

  /** belenios-tool accepts d with (c1 + d) mod 53 = 0: for c1 = 0, both '1' (0) and 'v' (53). */
  @Test
  void acceptsTheSecondChecksumDigitBeleniosToolAccepts() {
    assertThat(Credential.parse("111-111-111-111-11v")).isPresent();
    assertThat(Credential.parse("111-111-111-111-111")).isPresent();
    assertThat(Credential.parse("111-111-111-111-112")).isEmpty();
  }

  @Test
  void secretIsAnExponentAndDependsOnTheUuid() {
    Credential credential = Credential.generate(random);
    for (Group group : List.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048)) {
      BigInteger secret = credential.secret(group, UUID);
      assertThat(group.isExponent(secret)).isTrue();
      assertThat(credential.publicCredential(group, UUID)).isEqualTo(group.powG(secret));
      assertThat(credential.secret(group, UUID + "x")).isNotEqualTo(secret);
    }
  }

  @Test
  void toStringDoesNotRevealTheSecret() {
    Credential credential = Credential.generate(random);
    assertThat(credential.toString())
        .doesNotContain(credential.reveal())
        .doesNotContain(credential.reveal().replace("-", ""));
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  /**
   * {@code setup generate-credentials}: every private credential passes our checksum, and our
   * public(c) = g^secret(c) is the tool's public credential for the same voter, digit for digit.
   */
  @ParameterizedTest
  @MethodSource("specGroups")
  void derivesThePublicCredentialsOfBeleniosTool(Group group, @TempDir Path dir) {
    String uuid = runOk(dir, "setup", "generate-token").strip();
    runOk(
        dir,
        "setup",
        "generate-credentials",
        "--uuid=" + uuid,
        "--group=" + group.name(),
        "--count=20",
        "--dir=.");
    Map<String, String> publicById = new HashMap<>();
    JsonNode pubcreds =
        ToolElection.parse(ToolElection.readString(ToolElection.only(dir, ".pubcreds")));
    for (JsonNode entry : pubcreds) {
      String[] fields = entry.asText().split(",", -1); // "PUBLIC,WEIGHT,ID" with an empty weight
      assertThat(fields).as(entry.asText()).hasSize(3);
      publicById.put(fields[2], fields[0]);
    }
    List<String> lines = ToolElection.lines(ToolElection.only(dir, ".privcreds"));
    assertThat(lines).hasSize(20);
    for (String line : lines) {
      String[] idAndCredential = line.split(" ");
      Credential credential = Credential.parse(idAndCredential[1])
          .orElseThrow(() -> new AssertionError("checksum of " + line));
      assertThat(idAndCredential[1]).matches(FORMAT);
      assertThat(credential.publicCredential(group, uuid).toString())
          .as("voter %s", idAndCredential[0])
          .isEqualTo(publicById.get(idAndCredential[0]));
    }
  }

  /** {@code --derive} on credentials we generated, in both forms, and on the second checksum digit. */
  @ParameterizedTest
  @MethodSource("specGroups")
  void beleniosToolDerivesOurCredentialsAsWeDo(Group group, @TempDir Path dir) {
    Credential ours = Credential.generate(random);
    String compact = ours.reveal().replace("-", "");
    String secondChecksum = "111-111-111-111-11v";
    for (String text : List.of(ours.reveal(), compact, secondChecksum)) {
      String derived = runOk(
              dir,
              "setup",
              "generate-credentials",
              "--uuid=" + UUID,
              "--group=" + group.name(),
              "--derive=" + text)
          .strip();
      assertThat(
              Credential.parse(text).orElseThrow().publicCredential(group, UUID).toString())
          .as(text)
          .isEqualTo(derived);
    }
  }

  /**
   * A one-character typo is refused by both (here: each position of a tool credential replaced by the
   * next Base58 character; a change of ±53 in one digit would pass both checks, spec §4.8's checksum
   * being mod 53 — CredentialPropertiesTest covers that).
   */
  @Test
  void rejectsTheOneCharacterTyposBeleniosToolRejects(@TempDir Path dir) {
    runOk(
        dir,
        "setup",
        "generate-credentials",
        "--uuid=" + UUID,
        "--group=BELENIOS-2048",
        "--count=1",
        "--dir=.");
    String credential =
        ToolElection.lines(ToolElection.only(dir, ".privcreds")).get(0).split(" ")[1];
    assertThat(Credential.parse(credential)).isPresent();
    for (int i = 0; i < credential.length(); i++) {
      if (credential.charAt(i) == '-') {
        continue;
      }
      int digit = Base58.digit(credential.charAt(i));
      String typo = credential.substring(0, i)
          + Base58.character((digit + 1) % 58)
          + credential.substring(i + 1);
      assertThat(Credential.parse(typo)).as(typo).isEmpty();
      BeleniosToolTestSupport.Run tool = run(
          dir,
          "setup",
          "generate-credentials",
          "--uuid=" + UUID,
          "--group=BELENIOS-2048",
          "--derive=" + typo);
      assertThat(tool.succeeded())
          .as("belenios-tool on %s: %s", typo, tool.describe())
          .isFalse();
    }
  }

  /** Both accept a ±53 change of one digit: the checksum cannot see it. */
  @Test
  void acceptsTheSameUndetectableTypoAsBeleniosTool(@TempDir Path dir) {
    String typo = "1v1-111-111-111-11v"; // "111-111-111-111-11v" with digit 2 changed from 0 to 53
    assertThat(Credential.parse("111-111-111-111-11v")).isPresent();
    assertThat(Credential.parse(typo)).isPresent();
    String derived = runOk(
            dir,
            "setup",
            "generate-credentials",
            "--uuid=" + UUID,
            "--group=BELENIOS-2048",
            "--derive=" + typo)
        .strip();
    assertThat(Credential.parse(typo)
            .orElseThrow()
            .publicCredential(Group.BELENIOS_2048, UUID)
            .toString())
        .isEqualTo(derived);
  }
}
