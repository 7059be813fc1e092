package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.crypto.BeleniosToolTestSupport.run;
import static org.scrutineer.crypto.BeleniosToolTestSupport.runOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.BeleniosToolTestSupport;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class KeyProofTest {
  private final SecureRandom random = TestRandom.seeded(5);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  @Test
  void everyKeyOfTheTinyGroupHasAProofThatVerifies() {
    Group group = ToyGroups.TINY;
    for (long x = 0; x < 5; x++) {
      BigInteger key = BigInteger.valueOf(x);
      for (int i = 0; i < 10; i++) {
        assertThat(KeyProof.verify(group, group.powG(key), KeyProof.prove(group, key, random)))
            .as("x=%d", x)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void honestProofVerifiesAndEveryChangeIsRejected(Group group) {
    BigInteger x = group.randomExponent(random);
    BigInteger publicKey = group.powG(x);
    Proof proof = KeyProof.prove(group, x, random);
    assertThat(proof.inRange(group)).isTrue();
    assertThat(KeyProof.verify(group, publicKey, proof)).isTrue();

    assertThat(KeyProof.verify(group, publicKey, Tamper.challenge(group, proof)))
        .as("challenge")
        .isFalse();
    assertThat(KeyProof.verify(group, publicKey, Tamper.response(group, proof)))
        .as("response")
        .isFalse();
    assertThat(KeyProof.verify(group, publicKey, Tamper.outOfRange(group, proof)))
        .as("+q")
        .isFalse();
    assertThat(KeyProof.verify(group, group.mul(publicKey, group.g()), proof))
        .as("other key")
        .isFalse();
    assertThat(KeyProof.verify(group, group.powG(group.randomExponent(random)), proof))
        .as("random key")
        .isFalse();
  }

  /** H_pok hashes the group's name (spec §4.5: "G is the string specifying the group"). */
  @Test
  void aProofDoesNotCarryOverToTheSameParametersUnderAnotherName() {
    Group group = ToyGroups.SMALL;
    BigInteger x = group.randomExponent(random);
    Proof proof = KeyProof.prove(group, x, random);
    assertThat(KeyProof.verify(ToyGroups.renamed(group, "TOY-97-BIS"), group.powG(x), proof))
        .isFalse();
  }

  /** −X satisfies A = g^response·(−X)^challenge whenever the challenge is even; belenios-tool rejects −X. */
  @ParameterizedTest
  @MethodSource("groups")
  void rejectsAPublicKeyOutsideTheGroup(Group group) {
    BigInteger x = group.randomExponent(random);
    Proof proof = KeyProof.prove(group, x, random);
    for (int attempt = 0; attempt < 200 && proof.challenge().testBit(0); attempt++) { // 1/2 each
      proof = KeyProof.prove(group, x, random);
    }
    assertThat(proof.challenge().testBit(0))
        .as("an even challenge in 200 attempts")
        .isFalse();
    BigInteger minusX = group.p().subtract(group.powG(x));
    BigInteger a = group.powProduct(group.g(), proof.response(), minusX, proof.challenge());
    assertThat(a)
        .as("the equation holds for -X")
        .isEqualTo(group.powProduct(group.g(), proof.response(), group.powG(x), proof.challenge()));
    assertThat(KeyProof.verify(group, minusX, proof)).isFalse();
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("specGroups")
  void verifiesTheProofInATrusteeKeyMadeByBeleniosTool(Group group, @TempDir Path dir) {
    runOk(dir, "setup", "generate-trustee-key", "--group=" + group.name());
    JsonNode pubkey =
        ToolElection.parse(ToolElection.readString(ToolElection.only(dir, ".pubkey")));
    BigInteger publicKey = ToolElection.number(pubkey.get("public_key"));
    Proof pok = ToolElection.proof(pubkey.get("pok"));

    assertThat(KeyProof.verify(group, publicKey, pok)).isTrue();
    assertThat(KeyProof.verify(
            group, publicKey, new Proof(Tamper.digit(pok.challenge()), pok.response())))
        .as("challenge digit")
        .isFalse();
    assertThat(KeyProof.verify(
            group, publicKey, new Proof(pok.challenge(), Tamper.digit(pok.response()))))
        .as("response digit")
        .isFalse();
    assertThat(KeyProof.verify(group, Tamper.digit(publicKey), pok))
        .as("public key digit")
        .isFalse();
    Group other = group.equals(Group.BELENIOS_2048) ? Group.RFC_3526_2048 : Group.BELENIOS_2048;
    assertThat(KeyProof.verify(other, publicKey, pok)).as("in the other group").isFalse();
  }

  /**
   * Our proof, in the {@code .pubkey} JSON shape, goes through the tool's setup into an archive that
   * {@code election verify} accepts; the same with the response changed by one is refused. (In
   * belenios-tool 2.0, {@code setup make-trustees} and {@code make-election} copy a key without
   * checking its proof; {@code election verify} checks it, {@code Trustees.check_single}.)
   */
  @ParameterizedTest
  @MethodSource("specGroups")
  void beleniosToolAcceptsOurProofAndRefusesItTampered(Group group, @TempDir Path dir) {
    BigInteger x = group.randomExponent(random);
    Proof proof = KeyProof.prove(group, x, random);

    BeleniosToolTestSupport.Run honest =
        verifyElectionWithTrustee(dir.resolve("honest"), group, group.powG(x), proof);
    assertThat(honest.succeeded()).as(honest.describe()).isTrue();

    BeleniosToolTestSupport.Run tampered = verifyElectionWithTrustee(
        dir.resolve("tampered"), group, group.powG(x), Tamper.response(group, proof));
    assertThat(tampered.succeeded())
        .as("belenios-tool accepted a tampered proof: " + tampered.describe())
        .isFalse();
  }

  /** demo.sh's setup with our trustee key as the only one, then {@code election verify}. */
  private static BeleniosToolTestSupport.Run verifyElectionWithTrustee(
      Path dir, Group group, BigInteger publicKey, Proof pok) {
    mkdirs(dir);
    String groupOption = "--group=" + group.name();
    String uuid = runOk(dir, "setup", "generate-token").strip();
    runOk(
        dir,
        "setup",
        "generate-credentials",
        "--uuid=" + uuid,
        groupOption,
        "--count=1",
        "--dir=.");
    ToolElection.write(
        dir.resolve("public_keys.jsons"),
        "{\"pok\":{\"challenge\":\"" + pok.challenge() + "\",\"response\":\"" + pok.response()
            + "\"},\"public_key\":\"" + publicKey + "\"}\n");
    runOk(dir, "setup", "make-trustees");
    ToolElection.write(
        dir.resolve("template.json"),
        "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"a\",\"b\"],\"min\":0,\"max\":1,\"question\":\"q\"}]}");
    runOk(dir, "setup", "make-election", "--uuid=" + uuid, groupOption, "--template=template.json");
    ToolElection.copy(ToolElection.only(dir, ".pubcreds"), dir.resolve("public_creds.json"));
    runOk(dir, "archive", "init");
    return run(dir, "election", "verify");
  }

  private static void mkdirs(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
