package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/**
 * Spec §4.12 for random ranges, values and tampering: honest proofs verify, and a changed challenge
 * or response, another S, another value list or a value outside the list does not.
 */
class IntervalProofPropertiesTest {
  private static final String S = "phi|credential";

  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property(tries = 300)
  void toyHonestProofsVerifyAndTamperedOnesDoNot(
      @ForAll @IntRange(min = 0, max = 5) int min,
      @ForAll @IntRange(min = 0, max = 5) int width,
      @ForAll @IntRange(min = 0, max = 5) int offset,
      @ForAll @IntRange(min = 0, max = 5) int tampered,
      @ForAll long seed) {
    check(ToyGroups.SMALL, min, width, offset, tampered, seed);
  }

  @Property(tries = 20)
  void specHonestProofsVerifyAndTamperedOnesDoNot(
      @ForAll("specGroups") Group group,
      @ForAll @IntRange(min = 0, max = 2) int min,
      @ForAll @IntRange(min = 0, max = 3) int width,
      @ForAll @IntRange(min = 0, max = 3) int offset,
      @ForAll @IntRange(min = 0, max = 3) int tampered,
      @ForAll long seed) {
    check(group, min, width, offset, tampered, seed);
  }

  @Property(tries = 200)
  void toyValuesOutsideTheListCannotBeProven(
      @ForAll @IntRange(min = 0, max = 5) int min,
      @ForAll @IntRange(min = 0, max = 5) int width,
      @ForAll @IntRange(min = 1, max = 5) int beyond,
      @ForAll boolean below,
      @ForAll @IntRange(min = 0, max = 5) int claimed,
      @ForAll long seed) {
    outside(ToyGroups.SMALL, min, width, beyond, below, claimed, seed);
  }

  @Property(tries = 20)
  void specValuesOutsideTheListCannotBeProven(
      @ForAll("specGroups") Group group,
      @ForAll @IntRange(min = 0, max = 2) int min,
      @ForAll @IntRange(min = 0, max = 2) int width,
      @ForAll @IntRange(min = 1, max = 3) int beyond,
      @ForAll boolean below,
      @ForAll @IntRange(min = 0, max = 2) int claimed,
      @ForAll long seed) {
    outside(group, min, width, beyond, below, claimed, seed);
  }

  private static void check(Group group, int min, int width, int offset, int tampered, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    int max = min + width;
    int m = min + offset % (width + 1);
    int index = tampered % (width + 1);
    ElectionKey key = ElectionKey.random(group, random);
    ElectionKey.Encrypted e = key.encrypt(m, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    List<Proof> proofs =
        IntervalProof.prove(group, key.y(), S, e.c(), e.r(), m - min, values, random);

    assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, proofs))
        .as("honest")
        .isTrue();
    assertThat(IntervalProof.verify(
            group,
            key.y(),
            S,
            e.c(),
            values,
            Tamper.at(proofs, index, p -> Tamper.challenge(group, p))))
        .as("challenge")
        .isFalse();
    assertThat(IntervalProof.verify(
            group,
            key.y(),
            S,
            e.c(),
            values,
            Tamper.at(proofs, index, p -> Tamper.response(group, p))))
        .as("response")
        .isFalse();
    assertThat(IntervalProof.verify(group, key.y(), S + "x", e.c(), values, proofs))
        .as("other S")
        .isFalse();
    assertThat(IntervalProof.verify(
            group, key.y(), S, e.c(), IntervalProof.range(min + 1, max + 1), proofs))
        .as("shifted list")
        .isFalse();
  }

  private static void outside(
      Group group, int min, int width, int beyond, boolean below, int claimed, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    int max = min + width;
    int m = below ? min - beyond : max + beyond;
    ElectionKey key = ElectionKey.random(group, random);
    ElectionKey.Encrypted e = key.encrypt(m, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    List<Proof> proofs =
        IntervalProof.prove(group, key.y(), S, e.c(), e.r(), claimed % (width + 1), values, random);
    assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, proofs)).isFalse();
  }
}
