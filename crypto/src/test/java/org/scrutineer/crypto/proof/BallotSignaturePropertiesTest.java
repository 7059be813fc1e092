package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/** Spec §4.14 for random credentials and ballot hashes: only the signed hash and credential verify. */
class BallotSignaturePropertiesTest {
  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property
  void toySignaturesVerifyOnlyForTheirHashAndCredential(
      @ForAll @StringLength(max = 60) String hash, @ForAll long seed) {
    check(ToyGroups.SMALL, hash, seed);
  }

  @Property(tries = 20)
  void specSignaturesVerifyOnlyForTheirHashAndCredential(
      @ForAll("specGroups") Group group,
      @ForAll @StringLength(max = 60) String hash,
      @ForAll long seed) {
    check(group, hash, seed);
  }

  private static void check(Group group, String hash, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    BigInteger secret = group.randomExponent(random);
    BigInteger credential = group.powG(secret);
    Proof signature = BallotSignature.sign(group, secret, hash, random);
    assertThat(BallotSignature.verify(group, credential, hash, signature)).isTrue();
    assertThat(BallotSignature.verify(group, credential, hash + "x", signature)).isFalse();
    assertThat(BallotSignature.verify(group, credential, hash, Tamper.challenge(group, signature)))
        .isFalse();
    assertThat(BallotSignature.verify(group, credential, hash, Tamper.response(group, signature)))
        .isFalse();
    assertThat(BallotSignature.verify(group, group.mul(credential, group.g()), hash, signature))
        .isFalse();
  }
}
