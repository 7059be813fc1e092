package org.scrutineer.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/**
 * The challenge encoding itself is checked against belenios-tool through the proofs (KeyProofTest,
 * IntervalProofTest, …): a wrong separator or base would make every tool proof fail there.
 */
class ChallengeHashTest {
  @Test
  void isTheDigestReadBigEndianReducedModQ() {
    Group group = ToyGroups.TINY;
    for (String message : List.of("", "pok|TOY-11|3|9", "prove|φ|1,2|3,4")) {
      assertThat(ChallengeHash.of(group, message))
          .isEqualTo(new BigInteger(1, Sha256.digest(message)).mod(BigInteger.valueOf(5)));
    }
  }

  @Test
  void reducesA256BitDigestThatExceedsTheBelenios2048Q() {
    Group group = Group.BELENIOS_2048; // q ≈ 0.68·2^256, so about a third of digests exceed it
    String message = firstMessageWithDigestAtLeast(group.q());
    BigInteger digest = new BigInteger(1, Sha256.digest(message));
    assertThat(ChallengeHash.of(group, message)).isEqualTo(digest.subtract(group.q()));
  }

  @Test
  void keepsEveryDigestForRfc3526WhoseQHas2047Bits() {
    String message = firstMessageWithDigestAtLeast(Group.BELENIOS_2048.q());
    assertThat(ChallengeHash.of(Group.RFC_3526_2048, message))
        .isEqualTo(new BigInteger(1, Sha256.digest(message)));
  }

  @Test
  void commaSeparatedWritesBase10NumbersWithoutSpacesOrTrailingComma() {
    assertThat(ChallengeHash.commaSeparated(List.of())).isEmpty();
    assertThat(ChallengeHash.commaSeparated(List.of(BigInteger.valueOf(255)))).isEqualTo("255");
    assertThat(ChallengeHash.commaSeparated(List.of(
            BigInteger.ONE,
            BigInteger.valueOf(22),
            BigInteger.ZERO,
            new BigInteger("12345678901234567890"))))
        .isEqualTo("1,22,0,12345678901234567890");
  }

  private static String firstMessageWithDigestAtLeast(BigInteger bound) {
    for (int i = 0; ; i++) {
      String message = "sig|" + i;
      if (new BigInteger(1, Sha256.digest(message)).compareTo(bound) >= 0) {
        return message;
      }
    }
  }
}
