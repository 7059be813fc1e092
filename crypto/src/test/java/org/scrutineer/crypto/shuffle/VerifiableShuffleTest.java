package org.scrutineer.crypto.shuffle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/** Spec §6 "Shuffle algorithms" on the 97-bit toy group: what each check of Table 5 catches. */
class VerifiableShuffleTest {
  private static final Group GROUP = ToyGroups.SMALL;
  private final SecureRandom random = TestRandom.seeded(6);
  private final ShuffleFixture fixture = ShuffleFixture.of(GROUP, 5, random);
  private final ShuffledCiphertexts shuffled = fixture.shuffle(random);
  private final ShuffleProof p = shuffled.proof();

  @Test
  void aShuffleVerifies() {
    assertThat(fixture.verify(shuffled.ciphertexts(), p)).isEqualTo(new ShuffleCheck.Valid());
  }

  @Test
  void permutationIsAPermutation() {
    int[] psi = VerifiableShuffle.permutation(50, random);
    assertThat(Arrays.stream(psi).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.range(0, 50).toArray());
  }

  @Test
  void wrongChallengeFailsTheFirstEquation() {
    // Another fingerprint gives other challenges u and c: the proof answers a different question.
    ShuffleCheck check =
        VerifiableShuffle.verify(GROUP, "other", fixture.publicKey(), fixture.input(), shuffled.ciphertexts(), p);
    assertThat(check).isEqualTo(failed("t1"));
  }

  @Test
  void permutedOutputFailsTheFirstEquation() {
    List<Ciphertext> swapped = new ArrayList<>(shuffled.ciphertexts());
    swapped.set(0, shuffled.ciphertexts().get(1));
    swapped.set(1, shuffled.ciphertexts().get(0));
    assertThat(fixture.verify(swapped, p)).isEqualTo(failed("t1"));
  }

  @Test
  void aChangedCommitmentChangesTheChallengeAndFailsTheFirstEquation() {
    // Every t is hashed into c (Table 4 step 16), so any change to one is caught at t1.
    assertThat(fixture.verify(shuffled.ciphertexts(), proof(p.t1(), p.t2(), GROUP.mul(p.t3(), GROUP.g()), p.t41(), p.s4(), p.tHat())))
        .isEqualTo(failed("t1"));
  }

  @Test
  void eachResponseIsCheckedByItsEquation() {
    BigInteger one = BigInteger.ONE;
    assertThat(fixture.verify(shuffled.ciphertexts(), responses(p.s1(), p.s2().add(one), p.s3(), p.s4(), p.sHat())))
        .isEqualTo(failed("t2"));
    assertThat(fixture.verify(shuffled.ciphertexts(), responses(p.s1(), p.s2(), p.s3().add(one), p.s4(), p.sHat())))
        .isEqualTo(failed("t3"));
    assertThat(fixture.verify(shuffled.ciphertexts(), responses(p.s1(), p.s2(), p.s3(), p.s4().add(one), p.sHat())))
        .isEqualTo(failed("t41"));
    List<BigInteger> sHat = new ArrayList<>(p.sHat());
    sHat.set(3, sHat.get(3).add(one));
    assertThat(fixture.verify(shuffled.ciphertexts(), responses(p.s1(), p.s2(), p.s3(), p.s4(), sHat)))
        .isEqualTo(new ShuffleCheck.Failed("tHat[3]", "the chain commitment does not match the responses (Table 5 step 22)"));
  }

  @Test
  void outsideValuesAreCheckedForMembershipAndRange() {
    BigInteger notMember = GROUP.p().subtract(BigInteger.ONE); // −1: order 2, not in the subgroup
    List<Ciphertext> bad = new ArrayList<>(shuffled.ciphertexts());
    bad.set(2, new Ciphertext(bad.get(2).alpha(), notMember));
    assertThat(fixture.verify(bad, p).toString()).startsWith("output[2] in group");
    assertThat(fixture.verify(shuffled.ciphertexts(), proof(p.t1(), p.t2(), p.t3(), notMember, p.s4(), p.tHat())).toString())
        .startsWith("t41 in group");
    assertThat(fixture.verify(shuffled.ciphertexts(), proof(p.t1(), p.t2(), p.t3(), p.t41(), GROUP.q(), p.tHat())).toString())
        .startsWith("s4 range");
    assertThat(fixture.verify(shuffled.ciphertexts(), proof(p.t1(), p.t2(), p.t3(), p.t41(), p.s4(), p.tHat().subList(0, 4))).toString())
        .startsWith("tHat length");
    assertThat(fixture.verify(shuffled.ciphertexts().subList(0, 4), p).toString()).startsWith("output size");
    assertThat(VerifiableShuffle.verify(GROUP, ShuffleFixture.PHI, notMember, fixture.input(), shuffled.ciphertexts(), p).toString())
        .startsWith("public key");
    List<BigInteger> chain = new ArrayList<>(p.chain());
    chain.set(0, BigInteger.ZERO);
    ShuffleProof badChain = new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), p.tHat(), p.s1(), p.s2(), p.s3(), p.s4(), p.sHat(), p.sPrime(), p.commitments(), chain);
    assertThat(fixture.verify(shuffled.ciphertexts(), badChain).toString()).startsWith("cHat[0] in group");
  }

  @Test
  void badInputIsRefusedBeforeShuffling() {
    List<Ciphertext> input = List.of(new Ciphertext(BigInteger.ZERO, BigInteger.ONE));
    assertThatThrownBy(() -> VerifiableShuffle.shuffle(GROUP, "phi", fixture.publicKey(), input, random))
        .hasMessageContaining("input ciphertext 0 is not in the group");
  }

  @Test
  void independentGeneratorsAreDistinctGroupMembers() {
    IndependentGenerators generators = IndependentGenerators.of(Group.RFC_3526_2048, 30);
    assertThat(generators.generators()).hasSize(30).doesNotHaveDuplicates().doesNotContain(generators.secondary());
    assertThat(generators.generators()).allMatch(Group.RFC_3526_2048::isMember);
    assertThat(Group.RFC_3526_2048.isMember(generators.secondary())).isTrue();
  }

  private ShuffleProof proof(BigInteger t1, BigInteger t2, BigInteger t3, BigInteger t41, BigInteger s4, List<BigInteger> tHat) {
    return new ShuffleProof(t1, t2, t3, t41, p.t42(), tHat, p.s1(), p.s2(), p.s3(), s4, p.sHat(), p.sPrime(), p.commitments(), p.chain());
  }

  private ShuffleProof responses(BigInteger s1, BigInteger s2, BigInteger s3, BigInteger s4, List<BigInteger> sHat) {
    return new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), p.tHat(), s1, s2, s3, s4, sHat, p.sPrime(), p.commitments(), p.chain());
  }

  private static ShuffleCheck failed(String check) {
    return new ShuffleCheck.Failed(check, "the commitment does not match the responses (Table 5 step 22)");
  }
}
