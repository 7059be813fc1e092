package org.scrutineer.crypto.elgamal;

import static java.math.BigInteger.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class CiphertextTest {
  private final Group group = ToyGroups.SMALL;
  private final BigInteger y = group.powG(BigInteger.valueOf(123456789));

  @Test
  void productEncryptsTheSumWithTheSumOfRandomness() {
    Ciphertext a = encrypt(2, 1000);
    Ciphertext b = encrypt(5, 2000);
    assertThat(a.times(group, b)).isEqualTo(encrypt(7, 3000));
  }

  @Test
  void powerEncryptsAMultipleWithMultipliedRandomness() {
    // spec §4.16: a ballot of weight w counts as its ciphertexts to the power w
    assertThat(encrypt(1, 1000).pow(group, BigInteger.valueOf(3))).isEqualTo(encrypt(3, 3000));
    assertThat(encrypt(1, 1000).pow(group, BigInteger.ZERO)).isEqualTo(Ciphertext.one());
  }

  @Test
  void oneIsTheNeutralElementAndEncryptsZero() {
    Ciphertext c = encrypt(4, 77);
    assertThat(c.times(group, Ciphertext.one())).isEqualTo(c);
    assertThat(Ciphertext.one().times(group, c)).isEqualTo(c);
    assertThat(Ciphertext.one()).isEqualTo(encrypt(0, 0));
  }

  @Test
  void isValidOnlyWhenBothComponentsAreInTheGroup() {
    Ciphertext c = encrypt(1, 42);
    BigInteger minusOne = group.p().subtract(ONE);
    assertThat(c.isValid(group)).isTrue();
    assertThat(Ciphertext.one().isValid(group)).isTrue();
    assertThat(new Ciphertext(group.mul(c.alpha(), minusOne), c.beta()).isValid(group))
        .as("-alpha")
        .isFalse();
    assertThat(new Ciphertext(c.alpha(), group.mul(c.beta(), minusOne)).isValid(group))
        .as("-beta")
        .isFalse();
    assertThat(new Ciphertext(BigInteger.ZERO, c.beta()).isValid(group))
        .as("alpha 0")
        .isFalse();
    assertThat(new Ciphertext(c.alpha(), group.p()).isValid(group)).as("beta p").isFalse();
  }

  @Test
  void rejectsMissingComponents() {
    assertThatThrownBy(() -> new Ciphertext(null, ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("alpha");
    assertThatThrownBy(() -> new Ciphertext(ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("beta");
  }

  private Ciphertext encrypt(long m, long r) {
    return ElGamal.encrypt(group, y, BigInteger.valueOf(m), BigInteger.valueOf(r));
  }
}
