package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.cli.Implementation.BELENIOS_TOOL;
import static org.scrutineer.cli.Implementation.SCRUTINEER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;

/**
 * Other shapes of demo-threshold.sh's ceremony: 3 of 3 in RFC-3526-2048 (the administrator's steps
 * by the other tool than in the 2-of-3 test), then trustees [Single, Single, Pedersen] for which
 * both tools' make-trustees and make-election give the same bytes, so the election key includes
 * the Pedersen group's Π g^a_i,0 as belenios-tool computes it.
 */
class ThresholdCeremonyVariantsTest {
  private static final String GROUP = "RFC-3526-2048";
  @TempDir Path dir;

  @Test
  void threeOfThreeInTheOtherGroupWithSinglesGivesTheToolsTrusteesAndElection() throws Exception {
    ThresholdCeremony ceremony = ThresholdCeremony.upToPolynomials(dir.resolve("ceremony"), GROUP,
        List.of(BELENIOS_TOOL, SCRUTINEER, BELENIOS_TOOL), 3).finish(BELENIOS_TOOL, SCRUTINEER);
    Path other = Files.createDirectories(dir.resolve("other-admin"));
    CommandRun six = ceremony.run(BELENIOS_TOOL, other, Files.readAllBytes(ceremony.dir.resolve("voutputs.jsons")),
        "--certs", ceremony.certs.toString(), "--step", "6", "--polynomials", ceremony.polynomials.toString());
    assertThat(six.stdout()).isEqualTo(ceremony.thresholdJson);
    assertThat(new String(ceremony.thresholdJson, java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"threshold\":3,");

    Path keys = Files.createDirectories(dir.resolve("keys"));
    StringBuilder publicKeys = new StringBuilder();
    for (Implementation maker : Implementation.values()) {
      Path k = Files.createDirectories(keys.resolve(maker.name()));
      maker.ok(k, "setup", "generate-trustee-key", "--group", GROUP);
      publicKeys.append(Files.readString(ThresholdCeremony.only(k, ".pubkey")));
    }
    String template = "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\"],\"min\":0,\"max\":1,\"question\":\"Q?\"}]}";
    byte[][] trustees = new byte[2][];
    byte[][] elections = new byte[2][];
    for (Implementation maker : Implementation.values()) {
      Path setup = Files.createDirectories(dir.resolve("setup-" + maker));
      Files.writeString(setup.resolve("public_keys.jsons"), publicKeys);
      Files.write(setup.resolve("threshold.json"), ceremony.thresholdJson);
      Files.writeString(setup.resolve("template.json"), template);
      maker.ok(setup, "setup", "make-trustees");
      maker.ok(setup, "setup", "make-election", "--uuid", "5Zs7XQ3oc4X3bC", "--group", GROUP, "--template", "template.json");
      trustees[maker.ordinal()] = Files.readAllBytes(setup.resolve("trustees.json"));
      elections[maker.ordinal()] = Files.readAllBytes(setup.resolve("election.json"));
    }
    assertThat(trustees[SCRUTINEER.ordinal()]).isEqualTo(trustees[BELENIOS_TOOL.ordinal()]);
    assertThat(elections[SCRUTINEER.ordinal()]).isEqualTo(elections[BELENIOS_TOOL.ordinal()]);
  }

  @Test
  void ourMakeElectionRefusesThresholdParametersThatDoNotCheck() throws Exception {
    ThresholdCeremony ceremony = ThresholdCeremony.upToPolynomials(dir.resolve("c"), GROUP,
        List.of(SCRUTINEER, SCRUTINEER), 1).finish(SCRUTINEER, SCRUTINEER);
    String json = new String(ceremony.thresholdJson, java.nio.charset.StandardCharsets.UTF_8).strip();
    Path setup = Files.createDirectories(dir.resolve("setup"));
    Files.writeString(setup.resolve("trustees.json"), "[[\"Pedersen\"," + json.replace("{\"threshold\":1,", "{\"threshold\":2,") + "]]\n");
    Files.writeString(setup.resolve("template.json"), "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\"],\"min\":0,\"max\":1,\"question\":\"Q?\"}]}");
    CommandRun run = SCRUTINEER.run(setup, "setup", "make-election", "--uuid", "5Zs7XQ3oc4X3bC", "--group", GROUP, "--template", "template.json");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).contains("threshold trustees 1: coefexps 1 has 1 commitments, but the threshold is 2");
  }
}
