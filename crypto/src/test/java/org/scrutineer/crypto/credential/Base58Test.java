package org.scrutineer.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Base58Test {
  @Test
  void alphabetIsTheSpecsFiftyEightDistinctCharacters() {
    assertThat(Base58.ALPHABET).hasSize(58);
    assertThat(Base58.ALPHABET.chars().distinct().count()).isEqualTo(58);
    assertThat(Base58.ALPHABET).doesNotContain("0", "O", "I", "l");
    // spec §4.8: "1 is 0, 2 is 1, …, z is 57"
    assertThat(Base58.digit('1')).isZero();
    assertThat(Base58.digit('2')).isEqualTo(1);
    assertThat(Base58.digit('z')).isEqualTo(57);
  }

  @Test
  void digitsAndCharactersAreInverse() {
    for (int d = 0; d < 58; d++) {
      assertThat(Base58.digit(Base58.character(d))).isEqualTo(d);
    }
  }

  @Test
  void otherCharactersHaveNoDigit() {
    for (char c : "0OIl-_ +/=é\u0000".toCharArray()) {
      assertThat(Base58.digit(c)).as("'%s'", c).isEqualTo(-1);
    }
  }
}
