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

/**
 * Both evaluations of a chain — sliding windows over a full chain, Yao over the radix-16 chain of a
 * product — must give {@link BigInteger#modPow}'s powers for every covered exponent.
 */
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

  @Property(tries = 40)
  void productChainPowIsTheProductsModPow(@ForAll("coveredExponents") BigInteger exponent, @ForAll long seed) {
    BigInteger other = new BigInteger(2047, new Random(seed));
    PowerChain otherChain = new PowerChain(DOMAIN, DOMAIN.toMontgomery(other), GROUP.q().bitLength());
    PowerChain product = PowerChain.product(DOMAIN, java.util.List.of(CHAIN, otherChain));
    PowerChain productOfProduct = PowerChain.product(DOMAIN, java.util.List.of(product, CHAIN));
    BigInteger p = GROUP.p();
    assertThat(product.covers(exponent)).isTrue();
    assertThat(DOMAIN.toBigInteger(product.pow(exponent)))
        .isEqualTo(BASE.multiply(other).mod(p).modPow(exponent, p));
    assertThat(DOMAIN.toBigInteger(productOfProduct.pow(exponent)))
        .isEqualTo(BASE.multiply(other).multiply(BASE).mod(p).modPow(exponent, p));
  }

  @Property(tries = 300)
  void toyProductChainPowIsModPow(@ForAll long seed) {
    Group toy = ToyGroups.SMALL;
    MontgomeryDomain domain = new MontgomeryDomain(toy.p());
    Random random = new Random(seed);
    BigInteger a = new BigInteger(toy.p().bitLength() - 1, random);
    BigInteger b = new BigInteger(toy.p().bitLength() - 1, random);
    BigInteger exponent = new BigInteger(toy.q().bitLength(), random);
    int bits = toy.q().bitLength();
    PowerChain product = PowerChain.product(domain, java.util.List.of(
        new PowerChain(domain, domain.toMontgomery(a), bits), new PowerChain(domain, domain.toMontgomery(b), bits)));
    assertThat(domain.toBigInteger(product.pow(exponent))).isEqualTo(a.multiply(b).modPow(exponent, toy.p()));
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
          BigInteger.valueOf(0b1000_0001), // two windows, empty buckets between them
          BigInteger.TWO.pow(bits - 2).add(BigInteger.ONE), // a window that runs past the top bit
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
