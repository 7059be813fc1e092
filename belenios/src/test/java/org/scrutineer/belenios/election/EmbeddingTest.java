package org.scrutineer.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.group.Group;

class EmbeddingTest {
  private static final Group GROUP = Group.RFC_3526_2048;
  private static final Embedding EMBEDDING = Embedding.RFC_3526_2048;

  @Test
  void onlyRfc3526ImpliesAnEmbedding() {
    assertThat(Embedding.of(Group.RFC_3526_2048)).contains(new Embedding(8, 8));
    assertThat(Embedding.of(Group.BELENIOS_2048)).isEmpty();
  }

  @Test
  void encodingIsTheSpecFormulaWithTheSmallestEpsilonThatLandsInTheGroup() {
    BigInteger xi = EMBEDDING.encode(GROUP, List.of(1, 2, 3));
    BigInteger packed = BigInteger.valueOf((1L << 16) + (2L << 8) + 3).shiftLeft(8);
    BigInteger epsilon = xi.subtract(packed);
    assertThat(epsilon.signum()).isNotNegative();
    assertThat(epsilon).isLessThan(BigInteger.valueOf(256));
    assertThat(GROUP.isMember(xi)).isTrue();
    for (long e = 0; e < epsilon.longValueExact(); e++) {
      assertThat(GROUP.isMember(packed.add(BigInteger.valueOf(e)))).as("ε=%d", e).isFalse();
    }
  }

  @Test
  void decodeInvertsEncode() {
    for (List<Integer> values : List.of(List.of(1, 2, 3), List.of(0, 0, 0, 0), List.of(255, 0, 7, 1), List.of(5, 4, 3, 2, 1))) {
      assertThat(EMBEDDING.decode(values.size(), EMBEDDING.encode(GROUP, values))).isEqualTo(values);
    }
    List<Integer> longest = Collections.nCopies(254, 255);
    assertThat(EMBEDDING.decode(254, EMBEDDING.encode(GROUP, longest))).isEqualTo(longest);
  }

  @Test
  void valuesBeyondBitsPerIntAndVectorsTooLongForPAreRefused() {
    // belenios-tool 2.0 would keep the low 8 bits of 256, i.e. encode a 0.
    assertThatThrownBy(() -> EMBEDDING.encode(GROUP, List.of(1, 256, 3))).hasMessageContaining("value 2 is 256, outside [0, 255]");
    assertThatThrownBy(() -> EMBEDDING.encode(GROUP, List.of(-1))).hasMessageContaining("outside [0, 255]");
    assertThatThrownBy(() -> EMBEDDING.encode(GROUP, Collections.nCopies(255, 1))).hasMessageContaining("do not fit below p");
  }
}
