package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Both Montgomery multipliers against plain BigInteger arithmetic, on the spec groups and the toy
 * groups (whose p is far below R, so unreduced intermediate values are common).
 */
class MontgomeryDomainTest {
  private static final List<Group> GROUPS =
      List.of(Group.BELENIOS_2048, Group.RFC_3526_2048, ToyGroups.SMALL, ToyGroups.TINY);

  record Case(Group group, BigInteger a, BigInteger b, boolean portable) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.of(GROUPS), Arbitraries.longs(), Arbitraries.of(false, true))
        .as(
            (group, seed, portable) -> {
              Random random = new Random(seed);
              BigInteger p = group.p();
              return new Case(group, below(p, random), below(p, random), portable);
            });
  }

  @Property(tries = 300)
  void productIsTheProductModP(@ForAll("cases") Case c) {
    MontgomeryDomain domain = domain(c.group(), c.portable());
    BigInteger p = c.group().p();
    int[] product = domain.multiply(domain.toMontgomery(c.a()), domain.toMontgomery(c.b()));
    assertThat(domain.toBigInteger(product)).isEqualTo(c.a().multiply(c.b()).mod(p));
    int[] square = domain.square(domain.toMontgomery(c.a()));
    assertThat(domain.toBigInteger(square)).isEqualTo(c.a().multiply(c.a()).mod(p));
  }

  @Property(tries = 100)
  void longChainsOfUnreducedValuesStayCorrect(@ForAll("cases") Case c) {
    MontgomeryDomain domain = domain(c.group(), c.portable());
    BigInteger p = c.group().p();
    int[] x = domain.toMontgomery(c.a());
    BigInteger expected = c.a();
    for (int i = 0; i < 40; i++) {
      x = i % 3 == 0 ? domain.square(x) : domain.multiply(x, domain.toMontgomery(c.b()));
      expected = i % 3 == 0 ? expected.multiply(expected).mod(p) : expected.multiply(c.b()).mod(p);
    }
    assertThat(domain.toBigInteger(x)).isEqualTo(expected);
  }

  @Test
  void theTestsRunWithTheJdkIntrinsics() {
    // surefire's argLine opens java.math, as the scrutineer jar's manifest does: if this fails,
    // the benchmarks measure the portable fallback.
    assertThat(Group.arithmetic()).isEqualTo("jdk-intrinsic");
    assertThat(JdkIntrinsicMontgomery.load()).isPresent();
  }

  @Test
  void wordsAndValueRoundTrip() {
    Stream.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO.pow(63), BigInteger.TWO.pow(2048).subtract(BigInteger.ONE), Group.BELENIOS_2048.p())
        .forEach(x -> assertThat(MontgomeryDomain.value(MontgomeryDomain.words(x, 64), 64)).isEqualTo(x));
  }

  @Test
  void negatedInverseIsMinusTheInverseMod2To64() {
    int[] words = MontgomeryDomain.words(Group.RFC_3526_2048.p(), 64);
    long inverse = MontgomeryDomain.negatedInverse64(words, 64);
    long low = Group.RFC_3526_2048.p().longValue();
    assertThat(low * inverse).isEqualTo(-1L);
  }

  private static MontgomeryDomain domain(Group group, boolean portable) {
    return portable
        ? new MontgomeryDomain(group.p(), PortableMontgomery.INSTANCE)
        : new MontgomeryDomain(group.p());
  }

  private static BigInteger below(BigInteger p, Random random) {
    BigInteger x;
    do {
      x = new BigInteger(p.bitLength(), random);
    } while (x.compareTo(p) >= 0);
    return x;
  }
}
