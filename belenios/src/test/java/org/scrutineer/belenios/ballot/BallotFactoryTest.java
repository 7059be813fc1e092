package org.scrutineer.belenios.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.ElectionTemplate;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.BallotSignature;
import org.scrutineer.crypto.proof.Proof;

class BallotFactoryTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Group GROUP = Group.BELENIOS_2048;
  private static final Election ELECTION = election();

  private static Election election() {
    try {
      ElectionTemplate template =
          ElectionTemplate.parse(
              ("{\"description\":\"d\",\"name\":\"n\",\"questions\":["
                      + "{\"answers\":[\"A\",\"B\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Leader\"},"
                      + "{\"answers\":[\"W\",\"X\",\"Y\",\"Z\"],\"min\":1,\"max\":2,\"question\":\"NEC\"}]}")
                  .getBytes(StandardCharsets.UTF_8),
              "template.json");
      BigInteger y = GROUP.powG(GROUP.randomExponent(RANDOM));
      return Election.create(template, GROUP, y, "2Ejq5s1vwfvXnU");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Ballot ballot(List<List<Integer>> choices) {
    return new BallotFactory(ELECTION, RANDOM).create(Credential.generate(RANDOM), choices);
  }

  @Test
  void honestBallotsPassTheChecker() {
    BallotChecker checker = new BallotChecker(ELECTION);
    assertThat(checker.check(ballot(List.of(List.of(0, 1, 0), List.of(1, 0, 0, 1))))).isEmpty();
    assertThat(checker.check(ballot(List.of(List.of(1, 0, 0), List.of(0, 0, 1, 0))))).as("blank vote").isEmpty();
  }

  @Test
  void canonicalJsonRoundTrips() throws Exception {
    Ballot ballot = ballot(List.of(List.of(0, 0, 1), List.of(0, 1, 0, 0)));
    byte[] json = ballot.toJson();
    assertThat(Ballot.parse(json).toJson()).isEqualTo(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"election_uuid\":\"2Ejq5s1vwfvXnU\",\"election_hash\":\"" + ELECTION.fingerprint() + "\"");
  }

  @Test
  void alteredProofIsCaughtAndNamedEvenWhenReSigned() {
    Credential credential = Credential.generate(RANDOM);
    Ballot ballot = new BallotFactory(ELECTION, RANDOM).create(credential, List.of(List.of(0, 1, 0), List.of(1, 0, 0, 0)));
    HomomorphicAnswer answer = (HomomorphicAnswer) ballot.answers().get(1);
    Proof proof = answer.overallProof().get(0);
    HomomorphicAnswer altered =
        new HomomorphicAnswer(
            answer.choices(),
            answer.individualProofs(),
            List.of(new Proof(proof.challenge(), proof.response().add(BigInteger.ONE).mod(GROUP.q())), answer.overallProof().get(1)),
            answer.blankProof());
    Ballot unsigned = new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), List.of(ballot.answers().get(0), altered), Optional.empty());
    BallotChecker checker = new BallotChecker(ELECTION);
    assertThat(checker.check(new Ballot(unsigned.electionUuid(), unsigned.electionHash(), unsigned.credential(), unsigned.answers(), ballot.signature())))
        .as("the old signature no longer matches")
        .hasValueSatisfying(text -> assertThat(text).contains("signature.hash"));

    String hash = unsigned.hashWithoutSignature();
    Proof signature = BallotSignature.sign(GROUP, credential.secret(GROUP, ELECTION.uuid()), hash, RANDOM);
    Ballot reSigned = new Ballot(unsigned.electionUuid(), unsigned.electionHash(), unsigned.credential(), unsigned.answers(), Optional.of(new Signature(hash, signature)));
    assertThat(checker.check(reSigned)).hasValueSatisfying(text -> assertThat(text).startsWith("answers[1]: overall_proof does not prove"));
  }

  @Test
  void invalidVotesAreRefusedWithTheRule() {
    assertThatThrownBy(() -> ballot(List.of(List.of(0, 1, 1), List.of(1, 0, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question 1").hasMessageContaining("between 1 and 1");
    assertThatThrownBy(() -> ballot(List.of(List.of(1, 1, 0), List.of(1, 0, 0, 0))))
        .hasMessageContaining("blank vote");
    assertThatThrownBy(() -> ballot(List.of(List.of(0, 1, 0), List.of(1, 1, 1, 0))))
        .hasMessageContaining("question 2").hasMessageContaining("between 1 and 2");
    assertThatThrownBy(() -> ballot(List.of(List.of(0, 1, 0))))
        .hasMessageContaining("2 questions");
  }
}
