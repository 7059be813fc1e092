package org.scrutineer.crypto.dlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class DiscreteLogTest {
  /** belenios-tool's demo.sh tallies weights summing to 1.01·10^11; results reach that size. */
  private static final long LARGE = 100_000_000_000L;

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  @Test
  void tinyGroupLogsEveryExponentUpToMax() {
    Group group = ToyGroups.TINY;
    DiscreteLog log = new DiscreteLog(group, 4);
    for (long x = 0; x <= 4; x++) {
      assertThat(log.log(group.powG(BigInteger.valueOf(x)))).as("log g^%d", x).contains(x);
    }
    assertThat(log.log(BigInteger.TWO)).as("2 is not a power of g = 3 mod 11").isEmpty();
  }

  /** Around the baby-step/giant-step boundaries: perfect squares and their neighbours. */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 8, 9, 10, 15, 16, 17, 99, 100, 101, 1000})
  void findsEveryLogUpToMaxAndNoneAbove(long max) {
    Group group = ToyGroups.SMALL;
    DiscreteLog log = new DiscreteLog(group, max);
    for (long x = 0; x <= max; x++) {
      assertThat(log.log(group.powG(BigInteger.valueOf(x))))
          .as("log g^%d with max %d", x, max)
          .contains(x);
    }
    for (long x = max + 1; x <= 2 * max + 3; x++) {
      assertThat(log.log(group.powG(BigInteger.valueOf(x))))
          .as("g^%d beyond max %d", x, max)
          .isEmpty();
    }
  }

  /**
   * Up to 10^11 in RFC-3526-2048, whose g = 2 makes the 316,228 baby steps cheap (1 s; with
   * BELENIOS-2048's 2048-bit g they take 4.5 s — the algorithm is the same). A hit at max and a miss
   * just above it each walk all giant steps (2–3 s).
   */
  @Test
  void findsLogsUpTo10To11AndNoneAbove() {
    Group group = Group.RFC_3526_2048;
    DiscreteLog log = new DiscreteLog(group, LARGE);
    long giantStep = 316_228; // ⌈√(10^11 + 1)⌉
    for (long x : new long[] {0, 1, giantStep - 1, giantStep, giantStep + 1, LARGE}) {
      assertThat(log.log(group.powG(BigInteger.valueOf(x)))).as("log g^%d", x).contains(x);
    }
    assertThat(log.log(group.powG(BigInteger.valueOf(LARGE + 1)))).as("max + 1").isEmpty();
  }

  @Test
  void findsLogsUpTo10To9InBelenios2048() {
    Group group = Group.BELENIOS_2048;
    long max = 1_000_000_000L;
    DiscreteLog log = new DiscreteLog(group, max);
    for (long x : new long[] {0, 31_622, 31_623, 31_624, 999_999_999, max}) {
      assertThat(log.log(group.powG(BigInteger.valueOf(x)))).as("log g^%d", x).contains(x);
    }
    assertThat(log.log(group.powG(BigInteger.valueOf(max + 1)))).as("max + 1").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("specGroups")
  void findsNothingBeyondMaxOrOutsideTheGroup(Group group) {
    DiscreteLog log = new DiscreteLog(group, 1_000_000);
    assertThat(log.log(group.powG(BigInteger.valueOf(1_000_001)))).as("max + 1").isEmpty();
    assertThat(log.log(group.powG(BigInteger.valueOf(2_000_000)))).as("2·max").isEmpty();
    assertThat(log.log(group.powG(group.q().subtract(BigInteger.ONE))))
        .as("g^-1")
        .isEmpty();
    assertThat(log.log(group.p().subtract(BigInteger.ONE)))
        .as("-1, not in the group")
        .isEmpty();
    assertThat(log.log(group.p().subtract(group.g())))
        .as("-g, not in the group")
        .isEmpty();
  }

  @Test
  void zeroMaxFindsOnlyTheIdentity() {
    DiscreteLog log = new DiscreteLog(Group.BELENIOS_2048, 0);
    assertThat(log.log(BigInteger.ONE)).contains(0L);
    assertThat(log.log(Group.BELENIOS_2048.g())).isEmpty();
  }

  @Test
  void rejectsANegativeMax() {
    assertThatThrownBy(() -> new DiscreteLog(ToyGroups.SMALL, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void refusesABoundWhoseTableWouldNotFitInMemory() {
    assertThatThrownBy(() -> new DiscreteLog(ToyGroups.SMALL, DiscreteLog.MAX_BOUND + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large to decrypt");
  }

  /**
   * Spec §4.19: result = log_g(beta / F). With the tool's own encrypted tally and partial decryption
   * (one trustee, so F is its factor), our logs must be the result {@code compute-result} printed.
   */
  @ParameterizedTest
  @MethodSource("specGroups")
  void readsTheResultBeleniosToolComputedFromItsTally(Group group) {
    ToolElection.Tally tally = ToolElection.of(group).tally();
    DiscreteLog log = new DiscreteLog(group, ToolElection.VOTES.size());
    JsonNode result = tally.result().get("result");
    JsonNode factors = tally.partialDecryption().get("decryption_factors");
    assertThat(result.size()).isEqualTo(ToolElection.QUESTIONS.size());
    for (int q = 0; q < result.size(); q++) {
      assertThat(result.get(q).size()).isEqualTo(tally.encryptedTally().get(q).size());
      for (int j = 0; j < result.get(q).size(); j++) {
        Ciphertext c = ToolElection.ciphertext(tally.encryptedTally().get(q).get(j));
        BigInteger factor = ToolElection.number(factors.get(q).get(j));
        assertThat(log.log(group.div(c.beta(), factor)))
            .as("question %d answer %d", q, j)
            .contains(Long.parseLong(result.get(q).get(j).asText()));
      }
    }
  }
}
