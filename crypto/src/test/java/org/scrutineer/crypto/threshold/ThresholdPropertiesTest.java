package org.scrutineer.crypto.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
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
 * Pedersen key generation and threshold decryption (Belenios spec 2.0 §3.1.1, §4.6, §4.19) on the toy
 * and spec groups: any t of n shares recombine to the secret, fewer do not; shares match their
 * commitments and a changed share does not; the verification key is g^(Σ_i P_i(j)); the PKI's
 * encryption and signatures round-trip and reject changes.
 */
class ThresholdPropertiesTest {
  @Provide
  Arbitrary<Group> groups() {
    return Arbitraries.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  @Property(tries = 200)
  void anyThresholdOfSharesRecombinesToTheSecretAndFewerDoNot(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int threshold, @ForAll @IntRange(min = 0, max = 4) int extra) {
    Group group = ToyGroups.SMALL;
    SecureRandom random = TestRandom.seeded(seed);
    int n = threshold + extra;
    Polynomial p = Polynomial.random(group, threshold, random);
    List<Integer> members = new ArrayList<>();
    for (int j = 1; j <= n; j++) {
      members.add(j);
    }
    Collections.shuffle(members, random);
    List<Integer> chosen = members.subList(0, threshold);
    BigInteger secret = p.coefficients().get(0);
    assertThat(interpolate(group, p, chosen)).isEqualTo(secret);
    List<BigInteger> factors = chosen.stream().map(j -> group.powG(p.evaluate(group, BigInteger.valueOf(j)))).toList();
    assertThat(Lagrange.combine(group, chosen, factors)).isEqualTo(group.powG(secret));
    assertThat(interpolate(group, p, members)).as("more than t shares").isEqualTo(secret);
    if (threshold > 1) {
      assertThat(interpolate(group, p, chosen.subList(0, threshold - 1))).as("t - 1 shares").isNotEqualTo(secret);
    }
  }

  @Property(tries = 20)
  void sharesMatchTheirCommitmentsAndChangedSharesDoNot(
      @ForAll("groups") Group group, @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threshold) {
    SecureRandom random = TestRandom.seeded(seed);
    int n = threshold + 1;
    List<Polynomial> polynomials = new ArrayList<>();
    List<List<BigInteger>> commitments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      polynomials.add(Polynomial.random(group, threshold, random));
      commitments.add(polynomials.get(i).commitments(group));
    }
    for (int j = 1; j <= n; j++) {
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        BigInteger share = polynomials.get(i).evaluate(group, BigInteger.valueOf(j));
        assertThat(Commitments.shareMatches(group, commitments.get(i), j, share)).isTrue();
        // belenios-tool's shares are below t·q, not q: share + (t−1)·q passes, share + t·q does not.
        BigInteger unreduced = share.add(group.q().multiply(BigInteger.valueOf(threshold - 1)));
        assertThat(Commitments.shareMatches(group, commitments.get(i), j, unreduced)).isTrue();
        assertThat(Commitments.shareMatches(group, commitments.get(i), j, unreduced.add(group.q()))).isFalse();
        assertThat(Commitments.shareMatches(group, commitments.get(i), j, group.modQ(share.add(BigInteger.ONE)))).isFalse();
        if (threshold > 1) { // with t = 1 the polynomial is constant: every trustee gets the same share
          assertThat(Commitments.shareMatches(group, commitments.get(i), j == n ? 1 : j + 1, share)).as("another trustee's share").isFalse();
        }
        assertThat(Commitments.shareMatches(group, commitments.get(i), j, share.negate())).isFalse();
        sum = sum.add(share);
      }
      assertThat(Commitments.verificationKey(group, commitments, j)).isEqualTo(group.powG(group.modQ(sum)));
    }
  }

  @Property(tries = 10)
  void sealedMessagesOpenOnlyWithTheirKeyAndSignaturesOnlyForTheirMessage(
      @ForAll("groups") Group group, @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int length) {
    SecureRandom random = TestRandom.seeded(seed);
    String seedText = TrusteeSeed.generate(random);
    assertThat(seedText).matches("[1-9A-HJ-NP-Za-km-z]{22}");
    BigInteger dk = TrusteeSeed.decryptionKey(seedText);
    byte[] plaintext = new byte[length];
    random.nextBytes(plaintext);
    HybridEncryption.Sealed sealed = HybridEncryption.encrypt(group, group.powG(group.modQ(dk)), plaintext, random);
    assertThat(HybridEncryption.decrypt(group, dk, sealed)).hasValue(plaintext);
    assertThat(HybridEncryption.decrypt(group, dk.add(BigInteger.ONE), sealed)).isEmpty();
    byte[] data = sealed.data();
    data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
    assertThat(HybridEncryption.decrypt(group, dk, new HybridEncryption.Sealed(sealed.alpha(), sealed.beta(), data))).isEmpty();
    BigInteger sk = TrusteeSeed.signingKey(seedText);
    String message = new String(plaintext, StandardCharsets.ISO_8859_1);
    var signature = MessageSignature.sign(group, sk, message, random);
    BigInteger vk = group.powG(group.modQ(sk));
    assertThat(MessageSignature.verify(group, vk, message, signature)).isTrue();
    assertThat(MessageSignature.verify(group, vk, message + "x", signature)).isFalse();
    assertThat(MessageSignature.verify(group, group.mul(vk, group.g()), message, signature)).isFalse();
  }

  /** Σ_j λ_j·P(j) mod q over the given indices. */
  private static BigInteger interpolate(Group group, Polynomial p, List<Integer> indices) {
    BigInteger sum = BigInteger.ZERO;
    for (int j : indices) {
      sum = sum.add(Lagrange.coefficient(group, indices, j).multiply(p.evaluate(group, BigInteger.valueOf(j))));
    }
    return sum.mod(group.q());
  }
}
