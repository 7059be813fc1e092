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

/** Spec §4.5 for random keys: the proof verifies, and fails for a changed number or another key. */
class KeyProofPropertiesTest {
  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property
  void toyProofsVerifyOnlyUnchanged(@ForAll long seed) {
    check(ToyGroups.SMALL, seed);
  }

  @Property(tries = 20)
  void specProofsVerifyOnlyUnchanged(@ForAll("specGroups") Group group, @ForAll long seed) {
    check(group, seed);
  }

  private static void check(Group group, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    BigInteger x = group.randomExponent(random);
    BigInteger publicKey = group.powG(x);
    Proof proof = KeyProof.prove(group, x, random);
    assertThat(KeyProof.verify(group, publicKey, proof)).isTrue();
    assertThat(KeyProof.verify(group, publicKey, Tamper.challenge(group, proof)))
        .isFalse();
    assertThat(KeyProof.verify(group, publicKey, Tamper.response(group, proof))).isFalse();
    assertThat(KeyProof.verify(group, group.powG(x.add(BigInteger.ONE)), proof)).isFalse();
  }
}
