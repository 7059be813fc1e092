package org.scrutineer.crypto.elgamal;

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
import net.jqwik.api.constraints.Size;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.dlog.DiscreteLog;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/**
 * Encrypt, then decrypt with the key and read the plaintext by discrete log (spec §4.19): the round
 * trip the tally relies on, also through homomorphic sums with weights (§4.16).
 */
class ElGamalPropertiesTest {
  private static final long MAX = 1_000_000;
  private static final DiscreteLog TOY_LOG = new DiscreteLog(ToyGroups.SMALL, MAX);
  private static final DiscreteLog BELENIOS_LOG = new DiscreteLog(Group.BELENIOS_2048, MAX);
  private static final DiscreteLog RFC_LOG = new DiscreteLog(Group.RFC_3526_2048, MAX);

  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property
  void toyRoundTrip(@ForAll @IntRange(min = 0, max = (int) MAX) int m, @ForAll long seed) {
    roundTrip(ToyGroups.SMALL, m, seed);
  }

  @Property(tries = 20)
  void specRoundTrip(
      @ForAll("specGroups") Group group,
      @ForAll @IntRange(min = 0, max = (int) MAX) int m,
      @ForAll long seed) {
    roundTrip(group, m, seed);
  }

  @Property(tries = 200)
  void toyWeightedSumDecryptsToTheWeightedSumOfPlaintexts(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 1) Integer> votes,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 1000) Integer> weights,
      @ForAll long seed) {
    weightedSum(ToyGroups.SMALL, votes, weights, seed);
  }

  @Property(tries = 10)
  void specWeightedSumDecryptsToTheWeightedSumOfPlaintexts(
      @ForAll("specGroups") Group group,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1) Integer> votes,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1000) Integer> weights,
      @ForAll long seed) {
    weightedSum(group, votes, weights, seed);
  }

  private static void roundTrip(Group group, int m, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    BigInteger x = group.randomExponent(random);
    Ciphertext c =
        ElGamal.encrypt(group, group.powG(x), BigInteger.valueOf(m), group.randomExponent(random));
    assertThat(log(group).log(decrypt(group, x, c))).contains((long) m);
  }

  private static void weightedSum(
      Group group, List<Integer> votes, List<Integer> weights, long seed) {
    SecureRandom random = TestRandom.seeded(seed);
    BigInteger x = group.randomExponent(random);
    BigInteger y = group.powG(x);
    Ciphertext total = Ciphertext.one();
    long expected = 0;
    for (int i = 0; i < Math.min(votes.size(), weights.size()); i++) {
      Ciphertext vote =
          ElGamal.encrypt(group, y, BigInteger.valueOf(votes.get(i)), group.randomExponent(random));
      total = total.times(group, vote.pow(group, BigInteger.valueOf(weights.get(i))));
      expected += (long) votes.get(i) * weights.get(i);
    }
    assertThat(log(group).log(decrypt(group, x, total))).contains(expected);
  }

  /** beta / alpha^x = g^m. */
  private static BigInteger decrypt(Group group, BigInteger x, Ciphertext c) {
    return group.div(c.beta(), group.pow(c.alpha(), x));
  }

  private static DiscreteLog log(Group group) {
    if (group.equals(Group.BELENIOS_2048)) {
      return BELENIOS_LOG;
    }
    return group.equals(Group.RFC_3526_2048) ? RFC_LOG : TOY_LOG;
  }
}
