package org.scrutineer.crypto.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/**
 * The batched check of Table 5's t̂ equations (ADR 0011): it holds for honest proofs, fails when
 * any one equation fails — even when two wrong t̂ cancel in an unweighted product — and the
 * one-by-one check then names the first wrong t̂. A changed t̂ also changes the challenge c, so
 * these tests keep the proof's own c, as a prover who chose t̂ before hashing would.
 */
class ShuffleVerifierTest {
  private static final Group GROUP = ToyGroups.SMALL;

  @Property(tries = 30)
  void honestChainsHoldAndAnyChangedTHatIsNamed(
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int k) {
    Proof proof = Proof.of(GROUP, n, seed);
    assertThat(ShuffleVerifier.chainEquationsHold(GROUP, proof.h(), proof.c(), proof.proof())).isTrue();
    int changed = k % n;
    ShuffleProof tampered = withTHat(proof.proof(), changed, GROUP.mul(proof.proof().tHat().get(changed), GROUP.g()));
    assertThat(ShuffleVerifier.chainEquationsHold(GROUP, proof.h(), proof.c(), tampered)).isFalse();
    assertThat(ShuffleVerifier.firstFailingChainEquation(GROUP, proof.h(), proof.c(), tampered).toString())
        .contains("tHat[" + changed + "]");
  }

  @Test
  void twoErrorsThatCancelWithoutWeightsAreCaught() {
    // t̂_3·g and t̂_4/g: the plain product of the equations would still be 1.
    Proof proof = Proof.of(GROUP, 10, 7);
    ShuffleProof once = withTHat(proof.proof(), 3, GROUP.mul(proof.proof().tHat().get(3), GROUP.g()));
    ShuffleProof twice = withTHat(once, 4, GROUP.div(once.tHat().get(4), GROUP.g()));
    for (int run = 0; run < 20; run++) {
      assertThat(ShuffleVerifier.chainEquationsHold(GROUP, proof.h(), proof.c(), twice)).isFalse();
    }
    assertThat(ShuffleVerifier.firstFailingChainEquation(GROUP, proof.h(), proof.c(), twice).toString())
        .contains("tHat[3]");
  }

  @Test
  void aLargeShuffleOnTheRealGroupVerifiesAndAWrongTHatIsNamed() {
    Group group = Group.RFC_3526_2048;
    Proof proof = Proof.of(group, 300, 11);
    assertThat(ShuffleVerifier.chainEquationsHold(group, proof.h(), proof.c(), proof.proof())).isTrue();
    ShuffleProof tampered = withTHat(proof.proof(), 257, group.mul(proof.proof().tHat().get(257), group.g()));
    assertThat(ShuffleVerifier.chainEquationsHold(group, proof.h(), proof.c(), tampered)).isFalse();
    assertThat(ShuffleVerifier.firstFailingChainEquation(group, proof.h(), proof.c(), tampered).toString())
        .contains("tHat[257]");
  }

  /** An honest proof with the h and c its verification uses. */
  private record Proof(ShuffleProof proof, BigInteger h, BigInteger c, ShuffleFixture fixture) {
    static Proof of(Group group, int n, long seed) {
      SecureRandom random = TestRandom.seeded(seed);
      ShuffleFixture fixture = ShuffleFixture.of(group, n, random);
      ShuffledCiphertexts shuffled = fixture.shuffle(random);
      ShuffleProof proof = shuffled.proof();
      assertThat(fixture.verify(shuffled.ciphertexts(), proof)).isEqualTo(new ShuffleCheck.Valid());
      String statement =
          ShuffleChallenges.statement(fixture.input(), shuffled.ciphertexts(), proof.commitments());
      BigInteger c =
          ShuffleChallenges.challenge(
              group, ShuffleFixture.PHI, proof.commitmentsT(), proof.tHat(), statement, proof.chain(), fixture.publicKey());
      return new Proof(proof, IndependentGenerators.of(group, n).secondary(), c, fixture);
    }
  }

  private static ShuffleProof withTHat(ShuffleProof p, int i, BigInteger value) {
    List<BigInteger> tHat = new ArrayList<>(p.tHat());
    tHat.set(i, value);
    return new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), tHat, p.s1(), p.s2(), p.s3(), p.s4(),
        p.sHat(), p.sPrime(), p.commitments(), p.chain());
  }
}
