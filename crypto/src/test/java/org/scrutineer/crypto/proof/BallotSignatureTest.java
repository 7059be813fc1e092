package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;
import org.scrutineer.crypto.hash.Sha256;

class BallotSignatureTest {
  private static final String HASH = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0";
  private final SecureRandom random = TestRandom.seeded(14);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  @Test
  void everyCredentialOfTheTinyGroupSignsVerifiably() {
    Group group = ToyGroups.TINY;
    for (long s = 0; s < 5; s++) {
      BigInteger secret = BigInteger.valueOf(s);
      for (int i = 0; i < 10; i++) {
        Proof signature = BallotSignature.sign(group, secret, HASH, random);
        assertThat(BallotSignature.verify(group, group.powG(secret), HASH, signature))
            .as("s=%d", s)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void signatureVerifiesAndEveryChangeIsRejected(Group group) {
    BigInteger secret = group.randomExponent(random);
    BigInteger credential = group.powG(secret);
    Proof signature = BallotSignature.sign(group, secret, HASH, random);
    assertThat(signature.inRange(group)).isTrue();
    assertThat(BallotSignature.verify(group, credential, HASH, signature)).isTrue();

    assertThat(BallotSignature.verify(group, credential, HASH, Tamper.challenge(group, signature)))
        .as("challenge")
        .isFalse();
    assertThat(BallotSignature.verify(group, credential, HASH, Tamper.response(group, signature)))
        .as("response")
        .isFalse();
    assertThat(BallotSignature.verify(group, credential, HASH, Tamper.outOfRange(group, signature)))
        .as("+q")
        .isFalse();
    assertThat(BallotSignature.verify(group, credential, HASH.substring(1), signature))
        .as("other ballot hash")
        .isFalse();
    assertThat(BallotSignature.verify(group, group.mul(credential, group.g()), HASH, signature))
        .as("other credential")
        .isFalse();
  }

  /** For −credential the equation holds whenever the challenge is even; belenios-tool checks membership. */
  @ParameterizedTest
  @MethodSource("groups")
  void rejectsACredentialOutsideTheGroup(Group group) {
    BigInteger secret = group.randomExponent(random);
    Proof signature = BallotSignature.sign(group, secret, HASH, random);
    for (int attempt = 0;
        attempt < 200 && signature.challenge().testBit(0);
        attempt++) { // 1/2 each
      signature = BallotSignature.sign(group, secret, HASH, random);
    }
    assertThat(signature.challenge().testBit(0))
        .as("an even challenge in 200 attempts")
        .isFalse();
    BigInteger minusCredential = group.p().subtract(group.powG(secret));
    assertThat(BallotSignature.verify(group, minusCredential, HASH, signature)).isFalse();
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  /**
   * Spec §4.14/§4.15: {@code hash} is H_JSON of the ballot without its signature field — the exact
   * bytes the tool printed with {@code ,"signature":{…}} cut out — and the proof verifies against the
   * ballot's credential.
   */
  @ParameterizedTest
  @MethodSource("specGroups")
  void verifiesSignaturesOfBallotsMadeByBeleniosTool(Group group) {
    ToolElection election = ToolElection.of(group);
    for (ToolElection.Ballot ballot : election.ballots()) {
      JsonNode json = ballot.json();
      assertThat(json.get("election_hash").asText())
          .as("φ of election.json")
          .isEqualTo(election.fingerprint());
      String hash = json.get("signature").get("hash").asText();
      assertThat(Sha256.base64(withoutSignature(ballot.text()).getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(hash);

      BigInteger credential = ToolElection.number(json.get("credential"));
      Proof proof = ToolElection.proof(json.get("signature").get("proof"));
      assertThat(BallotSignature.verify(group, credential, hash, proof)).isTrue();
      assertThat(BallotSignature.verify(
              group,
              credential,
              hash,
              new Proof(Tamper.digit(proof.challenge()), proof.response())))
          .isFalse();
      assertThat(BallotSignature.verify(
              group,
              credential,
              hash,
              new Proof(proof.challenge(), Tamper.digit(proof.response()))))
          .isFalse();
      assertThat(BallotSignature.verify(group, Tamper.digit(credential), hash, proof))
          .isFalse();
      assertThat(BallotSignature.verify(group, credential, election.fingerprint(), proof))
          .as("another hash")
          .isFalse();
    }
  }

  /** The signature is the ballot's last field (spec §4.15 order), so cutting it leaves valid JSON. */
  private static String withoutSignature(String ballot) {
    int start = ballot.indexOf(",\"signature\":{");
    assertThat(start).as("signature field").isPositive();
    assertThat(ballot).endsWith("}}}");
    return ballot.substring(0, start) + "}";
  }
}
