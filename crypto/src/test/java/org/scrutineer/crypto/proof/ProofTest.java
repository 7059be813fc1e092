package org.scrutineer.crypto.proof;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class ProofTest {
  @Test
  void isInRangeWhenBothNumbersAreInZq() {
    Group group = ToyGroups.TINY; // q = 5
    assertThat(new Proof(ZERO, ZERO).inRange(group)).isTrue();
    assertThat(new Proof(BigInteger.valueOf(4), BigInteger.valueOf(4)).inRange(group))
        .isTrue();
    assertThat(new Proof(BigInteger.valueOf(5), ZERO).inRange(group))
        .as("challenge = q")
        .isFalse();
    assertThat(new Proof(ZERO, BigInteger.valueOf(5)).inRange(group))
        .as("response = q")
        .isFalse();
    assertThat(new Proof(ONE.negate(), ZERO).inRange(group))
        .as("negative challenge")
        .isFalse();
    assertThat(new Proof(ZERO, ONE.negate()).inRange(group))
        .as("negative response")
        .isFalse();
  }

  @Test
  void rangeDependsOnTheGroup() {
    Proof proof = new Proof(Group.BELENIOS_2048.q(), ZERO);
    assertThat(proof.inRange(Group.BELENIOS_2048)).isFalse();
    assertThat(proof.inRange(Group.RFC_3526_2048))
        .as("the RFC group's q is larger")
        .isTrue();
  }

  @Test
  void rejectsMissingNumbers() {
    assertThatThrownBy(() -> new Proof(null, ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("challenge");
    assertThatThrownBy(() -> new Proof(ZERO, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("response");
  }

  @Test
  void isAValue() {
    assertThat(new Proof(ONE, ZERO))
        .isEqualTo(new Proof(ONE, ZERO))
        .isNotEqualTo(new Proof(ZERO, ONE));
  }
}
