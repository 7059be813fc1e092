package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.cli.Implementation.BELENIOS_TOOL;
import static org.scrutineer.cli.Implementation.SCRUTINEER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;

/**
 * {@code setup generate-trustee-key-threshold} against belenios-tool 2.0, as in demo-threshold.sh:
 * a 2-of-3 ceremony with trustees played by both tools; the deterministic steps (4 and 6) give the
 * same bytes with either; tampered certificates and polynomials are refused by both.
 */
class GenerateTrusteeKeyThresholdCommandTest {
  @TempDir static Path dir;
  static ThresholdCeremony ceremony;

  @BeforeAll
  static void ceremony() {
    ceremony = ThresholdCeremony.upToPolynomials(dir, List.of(SCRUTINEER, BELENIOS_TOOL, SCRUTINEER), 2)
        .finish(SCRUTINEER, BELENIOS_TOOL);
  }

  @Test
  void stepOneWritesTheCertificateAndSeedWithTheToolsNamesModesAndMessages() throws Exception {
    Path t = ceremony.trusteeDirs.get(0);
    String id = ceremony.ids.get(0);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(t.resolve(id + ".cert")))).isEqualTo("r--r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(t.resolve(id + ".key")))).isEqualTo("r--------");
    assertThat(Files.readString(t.resolve(id + ".key"))).matches("[1-9A-HJ-NP-Za-km-z]{22}\n");
    String cert = Files.readString(t.resolve(id + ".cert"));
    assertThat(cert).matches("\\{\"message\":\"\\{\\\\\"verification\\\\\":\\\\\"\\d+\\\\\",\\\\\"encryption\\\\\":\\\\\"\\d+\\\\\"}\","
        + "\"signature\":\\{\"challenge\":\"\\d+\",\"response\":\"\\d+\"}}\n");
    Path fresh = Files.createDirectories(dir.resolve("fresh"));
    CommandRun run = ThresholdCeremony.keygen(SCRUTINEER, fresh, null, "--step", "1");
    String freshId = ThresholdCeremony.only(fresh, ".cert").getFileName().toString().replace(".cert", "");
    assertThat(run.errLines()).containsExactly(
        "I: certificate " + freshId + " has been generated",
        "I: certificate saved to " + freshId + ".cert",
        "I: private key saved to " + freshId + ".key");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void stepsFourAndSixGiveTheSameBytesWithEitherTool() throws Exception {
    for (Implementation admin : Implementation.values()) {
      Path other = Files.createDirectories(dir.resolve("admin-" + admin));
      CommandRun four = ThresholdCeremony.keygen(admin, other, null, "--certs", ceremony.certs.toString(), "--step", "4", "--polynomials", ceremony.polynomials.toString());
      assertThat(four.errLines()).startsWith("I: loading certs.jsons...", "I: loading polynomials.jsons...").contains("I: wrote " + ceremony.ids.get(2) + ".vinput");
      CommandRun six = ThresholdCeremony.keygen(admin, other, Files.readAllBytes(dir.resolve("voutputs.jsons")),
          "--certs", ceremony.certs.toString(), "--step", "6", "--polynomials", ceremony.polynomials.toString());
      assertThat(six.stdout()).as("threshold.json by " + admin).isEqualTo(ceremony.thresholdJson);
      for (String id : ceremony.ids) {
        assertThat(Files.readAllBytes(other.resolve(id + ".vinput"))).as(id + ".vinput by " + admin)
            .isEqualTo(Files.readAllBytes(ceremony.admin.resolve(id + ".vinput")));
        assertThat(Files.readAllBytes(other.resolve(id + ".dkey"))).as(id + ".dkey by " + admin)
            .isEqualTo(Files.readAllBytes(ceremony.admin.resolve(id + ".dkey")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(other.resolve(id + ".dkey")))).isEqualTo("r--------");
      }
    }
    assertThat(new String(ceremony.thresholdJson, StandardCharsets.UTF_8)).startsWith("{\"threshold\":2,\"certs\":[{\"message\":");
  }

  @Test
  void thresholdParametersAreAcceptedByTheToolsMakeTrusteesAndOurs() throws Exception {
    for (Implementation maker : Implementation.values()) {
      Path setup = Files.createDirectories(dir.resolve("make-trustees-" + maker));
      Files.write(setup.resolve("threshold.json"), ceremony.thresholdJson);
      Files.writeString(setup.resolve("public_keys.jsons"), "");
      CommandRun run = maker.run(setup, "setup", "make-trustees");
      if (maker == BELENIOS_TOOL) {
        run.assertSucceeded();
        assertThat(Files.readString(setup.resolve("trustees.json")))
            .isEqualTo("[[\"Pedersen\"," + new String(ceremony.thresholdJson, StandardCharsets.UTF_8).strip() + "]]\n");
      }
    }
  }

  @Test
  void aCertificateWithABadSignatureIsRefusedByBothAtEveryStep() throws Exception {
    List<String> lines = Files.readAllLines(ceremony.certs);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode cert = (ObjectNode) mapper.readTree(lines.get(1));
    ObjectNode signature = (ObjectNode) cert.get("signature");
    signature.put("response", new java.math.BigInteger(signature.get("response").asText()).add(java.math.BigInteger.ONE).toString());
    Path bad = dir.resolve("bad-certs.jsons");
    Files.writeString(bad, lines.get(0) + "\n" + mapper.writeValueAsString(cert) + "\n" + lines.get(2) + "\n");
    for (Implementation checker : Implementation.values()) {
      CommandRun run = checker.run(dir, "setup", "generate-trustee-key-threshold", "--group", ThresholdCeremony.GROUP, "--certs", bad.toString(), "--step", "2");
      assertThat(run.status()).as(checker.name()).isEqualTo(124);
      assertThat(run.stderr()).as(checker.name()).contains("certificate 2 does not validate");
    }
    CommandRun three = Scrutineer.belenios(ceremony.trusteeDirs.get(0), "setup", "generate-trustee-key-threshold", "--group",
        ThresholdCeremony.GROUP, "--certs", bad.toString(), "--key", ceremony.key(0), "--step", "3", "--threshold", "2");
    assertThat(three.stderr()).contains("certificate 2 does not validate");
  }

  @Test
  void aPolynomialInconsistentWithItsCommitmentsIsRefusedByBothAtStepFive() throws Exception {
    // Trustee 1 (ours) makes two valid polynomials and sends the shares of one with the signed
    // commitments of the other: step 4 checks signatures only, so the shares fail at step 5.
    Path tampered = Files.createDirectories(dir.resolve("tampered"));
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode first = (ObjectNode) mapper.readTree(ceremony.polynomial(0, 2));
    ObjectNode second = (ObjectNode) mapper.readTree(ceremony.polynomial(0, 2));
    first.set("coefexps", second.get("coefexps"));
    List<String> lines = Files.readAllLines(ceremony.polynomials);
    Path polynomials = tampered.resolve("polynomials.jsons");
    Files.writeString(polynomials, mapper.writeValueAsString(first) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n");
    ThresholdCeremony.keygen(SCRUTINEER, tampered, null, "--certs", ceremony.certs.toString(), "--step", "4", "--polynomials", polynomials.toString());
    for (int i = 1; i < 3; i++) {
      byte[] vinput = Files.readAllBytes(tampered.resolve(ceremony.ids.get(i) + ".vinput"));
      for (Implementation trustee : Implementation.values()) {
        CommandRun run = trustee.run(ceremony.trusteeDirs.get(i), vinput, "setup", "generate-trustee-key-threshold", "--group",
            ThresholdCeremony.GROUP, "--certs", ceremony.certs.toString(), "--key", ceremony.key(i), "--step", "5");
        assertThat(run.status()).as(trustee + " as trustee " + (i + 1)).isEqualTo(124);
        assertThat(run.stderr()).as(trustee + " as trustee " + (i + 1)).contains("secret 1 does not validate");
      }
    }
  }

  @Test
  void aWrongVerificationKeyIsRefusedByBothAtStepSix() throws Exception {
    List<String> outputs = Files.readAllLines(dir.resolve("voutputs.jsons"));
    byte[] swapped = (outputs.get(1) + "\n" + outputs.get(0) + "\n" + outputs.get(2) + "\n").getBytes(StandardCharsets.UTF_8);
    for (Implementation admin : Implementation.values()) {
      Path other = Files.createDirectories(dir.resolve("swapped-" + admin));
      CommandRun run = admin.run(other, swapped, "setup", "generate-trustee-key-threshold", "--group", ThresholdCeremony.GROUP,
          "--certs", ceremony.certs.toString(), "--step", "6", "--polynomials", ceremony.polynomials.toString());
      assertThat(run.status()).as(admin.name()).isEqualTo(124);
      assertThat(run.stderr()).as(admin.name()).contains("verification key 1 is incorrect");
    }
  }

  @Test
  void optionsAreCheckedAsTheToolChecksThem() {
    assertThat(Scrutineer.belenios(dir, "setup", "generate-trustee-key-threshold", "--group", "BELENIOS-2048", "--step", "2").stderr())
        .isEqualTo("scrutineer: --certs is mandatory\n");
    assertThat(Scrutineer.belenios(dir, "setup", "generate-trustee-key-threshold", "--group", "BELENIOS-2048", "--step", "9").status())
        .isEqualTo(124);
    assertThat(BeleniosTool.run(dir, "setup", "generate-trustee-key-threshold", "--group", "BELENIOS-2048", "--step", "9").stderr())
        .contains("invalid step");
  }
}
