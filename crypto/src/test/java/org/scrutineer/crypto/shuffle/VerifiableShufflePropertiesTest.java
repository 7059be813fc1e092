package org.scrutineer.crypto.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.ToyGroups;

/** Spec §6 Tables 1, 4 and 5 for random sizes: a shuffle verifies, any single tampering does not. */
class VerifiableShufflePropertiesTest {

  @Property(tries = 200)
  void shuffleThenVerifyAccepts(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    ShuffleFixture fixture = ShuffleFixture.of(ToyGroups.SMALL, n, random);
    ShuffledCiphertexts shuffled = fixture.shuffle(random);
    assertThat(fixture.verify(shuffled.ciphertexts(), shuffled.proof()))
        .isEqualTo(new ShuffleCheck.Valid());
    // The output holds the same plaintexts, in some order.
    List<BigInteger> in = fixture.input().stream().map(fixture::decrypt).sorted().toList();
    List<BigInteger> out = shuffled.ciphertexts().stream().map(fixture::decrypt).sorted().toList();
    assertThat(out).isEqualTo(in);
    assertThat(shuffled.ciphertexts()).doesNotContainAnyElementsOf(fixture.input());
  }

  @Property(tries = 50)
  void anySingleTamperingRejects(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    ShuffleFixture fixture = ShuffleFixture.of(ToyGroups.SMALL, n, random);
    ShuffledCiphertexts shuffled = fixture.shuffle(random);
    for (Tampering tampering : Tampering.all(fixture.group(), fixture.publicKey(), shuffled)) {
      assertThat(fixture.verify(tampering.output(), tampering.proof()).valid())
          .as(tampering.name())
          .isFalse();
    }
  }

  @Property(tries = 3)
  void specGroupShufflesVerify(@ForAll @IntRange(min = 1, max = 4) int n, @ForAll long seed) {
    for (var group : ToyGroups.SPEC) {
      SecureRandom random = TestRandom.seeded(seed);
      ShuffleFixture fixture = ShuffleFixture.of(group, n, random);
      ShuffledCiphertexts shuffled = fixture.shuffle(random);
      assertThat(fixture.verify(shuffled.ciphertexts(), shuffled.proof()).valid()).isTrue();
      List<Ciphertext> swapped = new java.util.ArrayList<>(shuffled.ciphertexts());
      swapped.set(0, VerifiableShuffle.reEncrypt(group, fixture.publicKey(), swapped.get(0), BigInteger.ONE));
      assertThat(fixture.verify(swapped, shuffled.proof()).valid()).isFalse();
    }
  }
}
