package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/** Spec §4.18 for random keys and ciphertexts: a factor's proof verifies, a wrong factor's does not. */
class DecryptionProofPropertiesTest {
  private static final String PHI = "phi";

  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property
  void toyFactorsAreProvenAndWrongOnesAreNot(@ForAll long seed) {
    check(ToyGroups.SMALL, seed);
  }

  @Property(tries = 20)
  void specFactorsAreProvenAndWrongOnesAreNot(
      @ForAll("specGroups") Group group, @ForAll long seed) {
    check(group, seed);
  }

  private static void check(Group group, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    BigInteger x = group.randomExponent(random);
    BigInteger publicKey = group.powG(x);
    BigInteger alpha = group.powG(group.randomExponent(random));
    BigInteger factor = group.pow(alpha, x);
    Proof proof = DecryptionProof.prove(group, PHI, x, alpha, random);
    assertThat(DecryptionProof.verify(group, PHI, publicKey, alpha, factor, proof))
        .isTrue();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, group.mul(factor, group.g()), proof))
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, factor, Tamper.challenge(group, proof)))
        .isFalse();
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, factor, Tamper.response(group, proof)))
        .isFalse();
    BigInteger otherKey = x.add(BigInteger.ONE).mod(group.q());
    Proof forOtherKey = DecryptionProof.prove(group, PHI, otherKey, alpha, random);
    assertThat(DecryptionProof.verify(
            group, PHI, publicKey, alpha, group.pow(alpha, otherKey), forOtherKey))
        .isFalse();
  }
}
