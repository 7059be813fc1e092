package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class EncryptionProofTest {
  private static final String S = "8zWa+DNXZw3k6ThE9kOizmfBn2tmdulsmo4jVsRkT80|12345";
  private final SecureRandom random = TestRandom.seeded(21);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  @Test
  void everyRandomnessOfTheTinyGroupProvesVerifiably() {
    Group group = ToyGroups.TINY;
    BigInteger y = group.powG(BigInteger.TWO);
    BigInteger xi = group.powG(BigInteger.valueOf(3));
    for (long r = 0; r < group.q().longValueExact(); r++) {
      Ciphertext ciphertext = encrypt(group, y, xi, BigInteger.valueOf(r));
      Proof proof = EncryptionProof.prove(group, y, S, ciphertext, BigInteger.valueOf(r), random);
      assertThat(EncryptionProof.verify(group, y, S, ciphertext, proof)).as("r=%d", r).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void proofVerifiesAndEveryChangeIsRejected(Group group) {
    BigInteger y = group.powG(group.randomExponent(random));
    BigInteger xi = group.powG(group.randomExponent(random));
    BigInteger r = group.randomExponent(random);
    Ciphertext ciphertext = encrypt(group, y, xi, r);
    Proof proof = EncryptionProof.prove(group, y, S, ciphertext, r, random);
    assertThat(EncryptionProof.verify(group, y, S, ciphertext, proof)).isTrue();

    assertThat(EncryptionProof.verify(group, y, S, ciphertext, Tamper.challenge(group, proof))).as("challenge").isFalse();
    assertThat(EncryptionProof.verify(group, y, S, ciphertext, Tamper.response(group, proof))).as("response").isFalse();
    assertThat(EncryptionProof.verify(group, y, S, ciphertext, Tamper.outOfRange(group, proof))).as("out of range").isFalse();
    assertThat(EncryptionProof.verify(group, y, S + "0", ciphertext, proof)).as("other voter's statement").isFalse();
    Ciphertext otherBeta = new Ciphertext(ciphertext.alpha(), group.mul(ciphertext.beta(), group.g()));
    assertThat(EncryptionProof.verify(group, y, S, otherBeta, proof)).as("beta changed").isFalse();
    BigInteger otherKey = group.mul(y, group.g());
    assertThat(EncryptionProof.verify(group, otherKey, S, ciphertext, proof)).as("other public key").isFalse();
  }

  @ParameterizedTest
  @MethodSource("groups")
  void elementsOutsideTheSubgroupAreRejected(Group group) {
    BigInteger y = group.powG(group.randomExponent(random));
    BigInteger r = group.randomExponent(random);
    Ciphertext ciphertext = encrypt(group, y, group.g(), r);
    Proof proof = EncryptionProof.prove(group, y, S, ciphertext, r, random);
    BigInteger minusAlpha = group.p().subtract(ciphertext.alpha());
    BigInteger minusBeta = group.p().subtract(ciphertext.beta());
    assertThat(EncryptionProof.verify(group, y, S, new Ciphertext(minusAlpha, ciphertext.beta()), proof)).as("-alpha").isFalse();
    assertThat(EncryptionProof.verify(group, y, S, new Ciphertext(ciphertext.alpha(), minusBeta), proof)).as("-beta").isFalse();
    assertThat(EncryptionProof.verify(group, y, S, new Ciphertext(ciphertext.alpha(), group.p().add(ciphertext.beta())), proof))
        .as("beta + p")
        .isFalse();
  }

  /** alpha = g^r, beta = y^r·ξ with ξ a group element (spec §4.11.2). */
  private static Ciphertext encrypt(Group group, BigInteger y, BigInteger xi, BigInteger r) {
    return new Ciphertext(group.powG(r), group.mul(group.pow(y, r), xi));
  }
}
