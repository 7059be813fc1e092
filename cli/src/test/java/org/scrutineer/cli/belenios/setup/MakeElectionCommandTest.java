package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;

class MakeElectionCommandTest {
  private static final String UUID = "n5567QfMA2XZGR";

  @TempDir Path ours;
  @TempDir Path theirs;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\",\"C\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"q?\"}]}",
        "{\"description\":\"Élection\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\"],\"min\":0,\"max\":2,\"question\":\"q1\"},"
            + "{\"answers\":[\"x\"],\"blank\":false,\"min\":1,\"max\":1,\"question\":\"q2\"}],\"administrator\":\"Ada\",\"credential_authority\":\"Bob\"}\n"
      })
  void writesTheSameElectionJsonAsBeleniosTool(String template) throws Exception {
    BeleniosTool.ok(theirs, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    BeleniosTool.ok(theirs, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    StringBuilder keys = new StringBuilder();
    try (var files = Files.list(theirs)) {
      for (Path key : files.filter(f -> f.toString().endsWith(".pubkey")).sorted().toList()) {
        keys.append(Files.readString(key));
      }
    }
    Files.writeString(theirs.resolve("public_keys.jsons"), keys);
    BeleniosTool.ok(theirs, "setup", "make-trustees");
    Files.copy(theirs.resolve("trustees.json"), ours.resolve("trustees.json"));
    Files.writeString(ours.resolve("template.json"), template);
    Files.writeString(theirs.resolve("template.json"), template);
    String[] args = {"setup", "make-election", "--uuid", UUID, "--group", "BELENIOS-2048", "--template", "template.json"};
    Scrutineer.ok(ours, args);
    BeleniosTool.ok(theirs, args);
    assertThat(ours.resolve("election.json")).hasSameBinaryContentAs(theirs.resolve("election.json"));
  }

  @Test
  void missingTrusteesOrTemplateIsReported() throws Exception {
    Files.writeString(
        ours.resolve("template.json"),
        "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\"],\"min\":1,\"max\":1,\"question\":\"q\"}]}");
    CommandRun noTrustees =
        Scrutineer.belenios(ours, "setup", "make-election", "--uuid", UUID, "--group", "BELENIOS-2048", "--template", "template.json");
    assertThat(noTrustees.status()).isEqualTo(124);
    assertThat(noTrustees.stderr()).startsWith("scrutineer: trustees are missing");
    CommandRun noTemplate = Scrutineer.belenios(ours, "setup", "make-election", "--uuid", UUID, "--group", "BELENIOS-2048");
    assertThat(noTemplate.stderr()).isEqualTo("scrutineer: --template is mandatory\n");
    CommandRun absentTemplate =
        Scrutineer.belenios(ours, "setup", "make-election", "--uuid", UUID, "--group", "BELENIOS-2048", "--template", "nope.json");
    assertThat(absentTemplate.stderr()).isEqualTo("scrutineer: option '--template': no 'nope.json' file or directory\n");
  }
}
