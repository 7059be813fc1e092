package org.scrutineer.crypto.elgamal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class ElGamalTest {
  private final SecureRandom random = TestRandom.seeded(11);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  /** Spec §4.11.1 on p = 11: every key, plaintext and randomness, against hand-computed powers. */
  @Test
  void tinyGroupEncryptionIsGToTheRAndYToTheRTimesGToTheM() {
    Group group = ToyGroups.TINY;
    int[] powersOf3 = {1, 3, 9, 5, 4}; // 3^k mod 11
    for (int x = 0; x < 5; x++) {
      BigInteger y = BigInteger.valueOf(powersOf3[x]);
      for (int m = 0; m < 5; m++) {
        for (int r = 0; r < 5; r++) {
          Ciphertext c = ElGamal.encrypt(group, y, BigInteger.valueOf(m), BigInteger.valueOf(r));
          assertThat(c.alpha()).isEqualTo(BigInteger.valueOf(powersOf3[r]));
          assertThat(c.beta()).isEqualTo(BigInteger.valueOf(powersOf3[(x * r + m) % 5]));
          assertThat(c.isValid(group)).isTrue();
          BigInteger gToTheM = group.div(c.beta(), group.pow(c.alpha(), BigInteger.valueOf(x)));
          assertThat(gToTheM)
              .as("beta / alpha^x = g^m")
              .isEqualTo(BigInteger.valueOf(powersOf3[m]));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void decryptingWithTheKeyGivesGToThePlaintext(Group group) {
    BigInteger x = group.randomExponent(random);
    BigInteger y = group.powG(x);
    for (long m : new long[] {0, 1, 2, 1_000_000}) {
      Ciphertext c = ElGamal.encrypt(group, y, BigInteger.valueOf(m), group.randomExponent(random));
      assertThat(c.isValid(group)).isTrue();
      assertThat(group.div(c.beta(), group.pow(c.alpha(), x)))
          .isEqualTo(group.powG(BigInteger.valueOf(m)));
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void sameMessageWithFreshRandomnessGivesAnotherCiphertext(Group group) {
    BigInteger y = group.powG(group.randomExponent(random));
    Ciphertext a = ElGamal.encrypt(group, y, BigInteger.ONE, group.randomExponent(random));
    Ciphertext b = ElGamal.encrypt(group, y, BigInteger.ONE, group.randomExponent(random));
    assertThat(a).isNotEqualTo(b);
  }
}
