package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Spec §4.13 for random questions (n choices, 0 ≤ min ≤ max ≤ n, max ≥ 1) and votes, blank or not:
 * honest proofs verify, any one changed number does not, and an invalid vote cannot be proven.
 */
class BlankProofPropertiesTest {
  private static final String S = "phi|credential|choices";

  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property(tries = 300)
  void toyHonestProofsVerifyAndTamperedOnesDoNot(
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll @IntRange(min = 0, max = 5) int a,
      @ForAll @IntRange(min = 0, max = 5) int b,
      @ForAll boolean blank,
      @ForAll long seed) {
    honest(ToyGroups.SMALL, n, a, b, blank, seed);
  }

  @Property(tries = 10)
  void specHonestProofsVerifyAndTamperedOnesDoNot(
      @ForAll("specGroups") Group group,
      @ForAll @IntRange(min = 1, max = 3) int n,
      @ForAll @IntRange(min = 0, max = 3) int a,
      @ForAll @IntRange(min = 0, max = 3) int b,
      @ForAll boolean blank,
      @ForAll long seed) {
    honest(group, n, a, b, blank, seed);
  }

  /** m_0 = 1 with choices, or m_0 = 0 with a count outside [min, max]: whatever is claimed, it fails. */
  @Property(tries = 300)
  void toyInvalidVotesCannotBeProven(
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll @IntRange(min = 1, max = 5) int a,
      @ForAll @IntRange(min = 1, max = 5) int b,
      @ForAll @IntRange(min = 0, max = 5) int selected,
      @ForAll boolean blankSlot,
      @ForAll boolean claimBlank,
      @ForAll @IntRange(min = 0, max = 5) int claimedSum,
      @ForAll long seed) {
    int min = Math.min(Math.min(a, b), n);
    int max = Math.min(Math.max(a, b), n);
    int count = selected % (n + 1);
    boolean valid = blankSlot ? count == 0 : min <= count && count <= max;
    if (valid) {
      return; // honest votes are the property above
    }
    SecureRandom random = TestRandom.seeded(seed);
    BlankAnswer answer = BlankAnswer.encrypt(
        ElectionKey.random(ToyGroups.SMALL, random),
        S,
        min,
        max,
        blankSlot ? 1 : 0,
        choices(n, count),
        random);
    BlankAnswer claim = answer.claiming(claimBlank, min + claimedSum % (max - min + 1));
    boolean blankProofOk = claim.verifiesBlank(claim.blankProof(random));
    boolean overallProofOk = claim.verifiesOverall(claim.overallProof(random));
    assertThat(blankProofOk && overallProofOk)
        .as("both proofs of an invalid vote passed")
        .isFalse();
  }

  private static void honest(Group group, int n, int a, int b, boolean blank, long seed) {
    int min = Math.min(Math.min(a, b), n);
    int max = Math.max(Math.min(Math.max(a, b), n), 1);
    SecureRandom random = TestRandom.seeded(seed);
    int count = blank ? 0 : min + random.nextInt(max - min + 1);
    BlankAnswer answer = BlankAnswer.encrypt(
        ElectionKey.random(group, random), S, min, max, blank ? 1 : 0, choices(n, count), random);
    List<Proof> blankProof = answer.blankProof(random);
    List<Proof> overallProof = answer.overallProof(random);
    assertThat(answer.verifiesBlank(blankProof)).as("blank_proof").isTrue();
    assertThat(answer.verifiesOverall(overallProof)).as("overall_proof").isTrue();

    int j = random.nextInt(overallProof.size());
    assertThat(answer.verifiesOverall(Tamper.at(overallProof, j, p -> Tamper.challenge(group, p))))
        .isFalse();
    assertThat(answer.verifiesOverall(Tamper.at(overallProof, j, p -> Tamper.response(group, p))))
        .isFalse();
    int k = random.nextInt(2);
    assertThat(answer.verifiesBlank(Tamper.at(blankProof, k, p -> Tamper.challenge(group, p))))
        .isFalse();
    assertThat(answer.verifiesBlank(Tamper.at(blankProof, k, p -> Tamper.response(group, p))))
        .isFalse();
    BlankAnswer otherS = new BlankAnswer(
        answer.key(),
        S + "x",
        min,
        max,
        blank,
        count,
        answer.blank(),
        answer.sum(),
        answer.r0(),
        answer.rSum());
    assertThat(otherS.verifiesBlank(blankProof)).isFalse();
    assertThat(otherS.verifiesOverall(overallProof)).isFalse();
  }

  /** n choices, the first {@code count} selected. */
  private static int[] choices(int n, int count) {
    int[] choices = new int[n];
    for (int i = 0; i < count; i++) {
      choices[i] = 1;
    }
    return choices;
  }
}
