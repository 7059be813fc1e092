package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class DecryptionProofTest {
  private static final String PHI = "W4ODF+E25MqK/SkBDdel4cjvtLDxsn1rCvYyor4ZA0U";
  private final SecureRandom random = TestRandom.seeded(18);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  @Test
  void everyKeyAndAlphaOfTheTinyGroupHasAProofThatVerifies() {
    Group group = ToyGroups.TINY;
    for (long x = 0; x < 5; x++) {
      BigInteger key = BigInteger.valueOf(x);
      for (long r = 0; r < 5; r++) {
        BigInteger alpha = group.powG(BigInteger.valueOf(r));
        Proof proof = DecryptionProof.prove(group, PHI, key, alpha, random);
        assertThat(DecryptionProof.verify(
                group, PHI, group.powG(key), alpha, group.pow(alpha, key), proof))
            .as("x=%d r=%d", x, r)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void proofVerifiesAndEveryChangeIsRejected(Group group) {
    BigInteger x = group.randomExponent(random);
    BigInteger publicKey = group.powG(x);
    BigInteger alpha = group.powG(group.randomExponent(random));
    BigInteger factor = group.pow(alpha, x);
    Proof proof = DecryptionProof.prove(group, PHI, x, alpha, random);
    assertThat(proof.inRange(group)).isTrue();
    assertThat(DecryptionProof.verify(group, PHI, publicKey, alpha, factor, proof))
        .isTrue();

    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, factor, Tamper.challenge(group, proof)))
        .as("challenge")
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, factor, Tamper.response(group, proof)))
        .as("response")
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, factor, Tamper.outOfRange(group, proof)))
        .as("+q")
        .isFalse();
    assertThat(DecryptionProof.verify(group, PHI + "x", publicKey, alpha, factor, proof))
        .as("other φ")
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, group.mul(publicKey, group.g()), alpha, factor, proof))
        .as("other key")
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, group.mul(alpha, group.g()), factor, proof))
        .as("other alpha")
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, group.mul(factor, group.g()), proof))
        .as("wrong factor")
        .isFalse();
  }

  /** A wrong factor alpha^x' with a proof made with x' fails against X = g^x. */
  @ParameterizedTest
  @MethodSource("groups")
  void cannotProveAFactorOfAnotherKey(Group group) {
    BigInteger x = group.randomExponent(random);
    BigInteger other = x.add(BigInteger.ONE).mod(group.q());
    BigInteger alpha = group.powG(group.randomExponent(random));
    Proof proof = DecryptionProof.prove(group, PHI, other, alpha, random);
    assertThat(DecryptionProof.verify(
            group, PHI, group.powG(x), alpha, group.pow(alpha, other), proof))
        .isFalse();
  }

  /** −factor satisfies B = alpha^response·(−factor)^challenge for even challenges; the tool rejects it. */
  @ParameterizedTest
  @MethodSource("groups")
  void rejectsAFactorOutsideTheGroup(Group group) {
    BigInteger x = group.randomExponent(random);
    BigInteger alpha = group.powG(group.randomExponent(random));
    Proof proof = DecryptionProof.prove(group, PHI, x, alpha, random);
    for (int attempt = 0; attempt < 200 && proof.challenge().testBit(0); attempt++) { // 1/2 each
      proof = DecryptionProof.prove(group, PHI, x, alpha, random);
    }
    assertThat(proof.challenge().testBit(0))
        .as("an even challenge in 200 attempts")
        .isFalse();
    BigInteger minusFactor = group.p().subtract(group.pow(alpha, x));
    assertThat(DecryptionProof.verify(group, PHI, group.powG(x), alpha, minusFactor, proof))
        .isFalse();
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  /** Every proof in the partial decryption {@code belenios-tool election decrypt} made of the tally. */
  @ParameterizedTest
  @MethodSource("specGroups")
  void verifiesThePartialDecryptionMadeByBeleniosTool(Group group) {
    ToolElection election = ToolElection.of(group);
    ToolElection.Tally tally = election.tally();
    JsonNode factors = tally.partialDecryption().get("decryption_factors");
    JsonNode proofs = tally.partialDecryption().get("decryption_proofs");
    int checked = 0;
    for (int q = 0; q < ToolElection.QUESTIONS.size(); q++) {
      for (int j = 0; j < tally.encryptedTally().get(q).size(); j++) {
        Ciphertext c = ToolElection.ciphertext(tally.encryptedTally().get(q).get(j));
        BigInteger factor = ToolElection.number(factors.get(q).get(j));
        Proof proof = ToolElection.proof(proofs.get(q).get(j));
        BigInteger x = election.trusteeKey();
        String phi = election.fingerprint();
        assertThat(DecryptionProof.verify(group, phi, x, c.alpha(), factor, proof))
            .as("question %d answer %d", q, j)
            .isTrue();
        assertThat(DecryptionProof.verify(group, phi, x, c.alpha(), Tamper.digit(factor), proof))
            .as("factor digit")
            .isFalse();
        assertThat(DecryptionProof.verify(
                group,
                phi,
                x,
                c.alpha(),
                factor,
                new Proof(proof.challenge(), Tamper.digit(proof.response()))))
            .isFalse();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 + 3 + 4 + 4);
  }
}
