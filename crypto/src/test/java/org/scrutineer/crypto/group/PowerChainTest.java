package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Yao's method over a chain must give {@link BigInteger#modPow}'s powers for every covered exponent. */
class PowerChainTest {
  private static final Group GROUP = Group.BELENIOS_2048;
  private static final MontgomeryDomain DOMAIN = new MontgomeryDomain(GROUP.p());
  private static final BigInteger BASE = new BigInteger(2047, new Random(5)); // any element of Z_p
  private static final PowerChain CHAIN =
      new PowerChain(DOMAIN, DOMAIN.toMontgomery(BASE), GROUP.q().bitLength());

  @Provide
  Arbitrary<BigInteger> coveredExponents() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.TWO.pow(GROUP.q().bitLength()).subtract(BigInteger.ONE))
        .edgeCases(edges -> edges.includeOnly(BigInteger.ZERO, BigInteger.ONE));
  }

  @Property(tries = 60)
  void powIsModPow(@ForAll("coveredExponents") BigInteger exponent) {
    assertThat(CHAIN.covers(exponent)).isTrue();
    assertThat(DOMAIN.toBigInteger(CHAIN.pow(exponent))).isEqualTo(BASE.modPow(exponent, GROUP.p()));
  }

  @Property(tries = 300)
  void toyPowIsModPow(@ForAll long seed) {
    Group toy = ToyGroups.SMALL;
    MontgomeryDomain domain = new MontgomeryDomain(toy.p());
    Random random = new Random(seed);
    BigInteger base = new BigInteger(toy.p().bitLength() - 1, random);
    BigInteger exponent = new BigInteger(toy.q().bitLength(), random);
    PowerChain chain = new PowerChain(domain, domain.toMontgomery(base), toy.q().bitLength());
    assertThat(domain.toBigInteger(chain.pow(exponent))).isEqualTo(base.modPow(exponent, toy.p()));
  }

  @Test
  void edgeExponents() {
    int bits = GROUP.q().bitLength();
    for (BigInteger e :
        new BigInteger[] {
          BigInteger.ZERO,
          BigInteger.ONE,
          BigInteger.valueOf(15),
          BigInteger.valueOf(16),
          BigInteger.TWO.pow(bits - 1), // a leading zero byte in toByteArray
          BigInteger.TWO.pow(bits).subtract(BigInteger.ONE),
          GROUP.q()
        }) {
      assertThat(DOMAIN.toBigInteger(CHAIN.pow(e))).as("e = %s", e).isEqualTo(BASE.modPow(e, GROUP.p()));
    }
    assertThat(CHAIN.covers(BigInteger.TWO.pow(bits))).isFalse();
    assertThat(CHAIN.covers(BigInteger.ONE.negate())).isFalse();
  }
}
