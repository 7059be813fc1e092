package org.scrutineer.crypto.group;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.TWO;
import static java.math.BigInteger.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The Jacobi symbol against its definition: for small odd n, the product over n's prime factors of
 * Legendre symbols found by listing the squares; for primes of every size up to the §5 groups',
 * Euler's criterion a^((n−1)/2) mod n; for large composites, multiplicativity in both arguments.
 * The values include those whose top words agree with n's (the exact steps) and long runs of zero
 * bits (the batches' shift limit).
 */
class JacobiSymbolTest {
  private static final BigInteger RFC_3526_P = Group.RFC_3526_2048.p();
  private static final BigInteger BELENIOS_P = Group.BELENIOS_2048.p();

  @Test
  void everySmallOddModulusMatchesTheProductOfLegendreSymbolsFromListedSquares() {
    for (int n = 1; n < 400; n += 2) {
      for (int a = -n - 3; a < 2 * n + 3; a++) {
        assertThat(JacobiSymbol.of(BigInteger.valueOf(a), BigInteger.valueOf(n)))
            .as("(%d/%d)", a, n)
            .isEqualTo(byDefinition(a, n));
      }
    }
  }

  @Test
  void conventionsForZeroOneAndTheModulus() {
    BigInteger p = RFC_3526_P;
    assertThat(JacobiSymbol.of(ZERO, ONE)).as("(0/1)").isEqualTo(1);
    assertThat(JacobiSymbol.of(p, ONE)).as("(p/1)").isEqualTo(1);
    assertThat(JacobiSymbol.of(ZERO, p)).as("(0/p)").isEqualTo(0);
    assertThat(JacobiSymbol.of(p, p)).as("(p/p)").isEqualTo(0);
    assertThat(JacobiSymbol.of(p.multiply(BigInteger.valueOf(7)), p)).as("(7p/p)").isEqualTo(0);
    assertThat(JacobiSymbol.of(ONE, p)).as("(1/p)").isEqualTo(1);
    // p ≡ 7 (mod 8): (−1/p) = −1, (2/p) = 1.
    assertThat(JacobiSymbol.of(p.subtract(ONE), p)).as("(p−1/p)").isEqualTo(-1);
    assertThat(JacobiSymbol.of(ONE.negate(), p)).as("(−1/p)").isEqualTo(-1);
    assertThat(JacobiSymbol.of(TWO, p)).as("(2/p)").isEqualTo(1);
    assertThat(JacobiSymbol.of(p.add(TWO), p)).as("(p+2/p)").isEqualTo(1);
  }

  @Test
  void evenOrNonPositiveModulusIsRefused() {
    for (BigInteger n : List.of(ZERO, TWO, BigInteger.valueOf(-3), RFC_3526_P.add(ONE))) {
      assertThatThrownBy(() -> JacobiSymbol.of(ONE, n))
          .as("n = %s", n)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("odd n > 0");
    }
  }

  @Property(tries = 200)
  void primesOfEverySizeFollowEulersCriterion(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 700) int bits) {
    Random random = new Random(seed);
    BigInteger n = BigInteger.probablePrime(bits, random);
    for (BigInteger a : values(n, random)) {
      assertThat(JacobiSymbol.of(a, n)).as("(%s/%s)", a, n).isEqualTo(euler(a, n));
    }
  }

  @Property(tries = 40)
  void theSection5PrimesFollowEulersCriterion(@ForAll long seed) {
    Random random = new Random(seed);
    for (BigInteger p : List.of(RFC_3526_P, BELENIOS_P)) {
      for (BigInteger a : values(p, random)) {
        assertThat(JacobiSymbol.of(a, p)).as("(%s/p)", a).isEqualTo(euler(a, p));
      }
    }
  }

  /** (a/mn) = (a/m)(a/n), each factor checked by Euler's criterion: composites up to 2100 bits. */
  @Property(tries = 40)
  void theSymbolModuloAProductOfPrimesIsTheProductOfTheirLegendreSymbols(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 1050) int bitsM,
      @ForAll @IntRange(min = 2, max = 1050) int bitsN) {
    Random random = new Random(seed);
    BigInteger m = BigInteger.probablePrime(bitsM, random);
    BigInteger n = BigInteger.probablePrime(bitsN, random);
    if (!m.testBit(0) || !n.testBit(0)) {
      return; // 2 is the only even prime
    }
    BigInteger mn = m.multiply(n);
    for (BigInteger a : values(mn, random)) {
      assertThat(JacobiSymbol.of(a, mn))
          .as("(%s/%s·%s)", a, m, n)
          .isEqualTo(euler(a, m) * euler(a, n));
    }
  }

  /** (ab/n) = (a/n)(b/n) for odd n of any shape, and 0 exactly when gcd(a, n) > 1. */
  @Property(tries = 300)
  void multiplicativeInTheTopArgumentAndZeroOnACommonFactor(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 2100) int bits) {
    Random random = new Random(seed);
    BigInteger n = new BigInteger(bits, random).setBit(0);
    List<BigInteger> values = values(n, random);
    for (int i = 0; i + 1 < values.size(); i++) {
      BigInteger a = values.get(i);
      BigInteger b = values.get(i + 1);
      int symbol = JacobiSymbol.of(a, n);
      assertThat(symbol).as("(%s/%s)", a, n).isIn(-1, 0, 1);
      assertThat(symbol == 0).as("(%s/%s) = 0 iff gcd > 1", a, n).isEqualTo(!n.gcd(a).equals(ONE));
      assertThat(JacobiSymbol.of(a.multiply(b), n))
          .as("(ab/n) for a = %s, b = %s, n = %s", a, b, n)
          .isEqualTo(symbol * JacobiSymbol.of(b, n));
    }
    BigInteger factor = new BigInteger(1 + random.nextInt(bits), random).setBit(0).add(TWO); // ≥ 3
    BigInteger multiple = factor.multiply(new BigInteger(bits, random).setBit(0));
    assertThat(JacobiSymbol.of(multiple, n.multiply(factor))).as("common factor %s", factor).isZero();
  }

  /** (m/n)(n/m) = (−1)^((m−1)(n−1)/4) for coprime odd m, n > 0. */
  @Property(tries = 300)
  void quadraticReciprocity(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2100) int bits) {
    Random random = new Random(seed);
    BigInteger m = new BigInteger(bits, random).setBit(0);
    BigInteger n = new BigInteger(1 + random.nextInt(2100), random).setBit(0);
    if (!m.gcd(n).equals(ONE)) {
      return;
    }
    int expected = m.testBit(1) && n.testBit(1) ? -1 : 1;
    assertThat(JacobiSymbol.of(m, n) * JacobiSymbol.of(n, m)).as("m = %s, n = %s", m, n).isEqualTo(expected);
  }

  /**
   * Values to take the symbol of modulo n: random ones of every size, some negative or above n,
   * n − r and n·k ± r for small r (their top words agree with n's), powers of two and their
   * neighbours, and numbers with long runs of zero bits.
   */
  private static List<BigInteger> values(BigInteger n, Random random) {
    int bits = n.bitLength();
    List<BigInteger> values = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      values.add(new BigInteger(1 + random.nextInt(bits + 70), random));
    }
    BigInteger small = new BigInteger(1 + random.nextInt(Math.max(1, bits / 2)), random);
    values.add(n.subtract(small));
    values.add(n.add(small));
    values.add(n.shiftLeft(random.nextInt(70)).subtract(small));
    values.add(small.negate());
    values.add(new BigInteger(bits, random).negate());
    int power = random.nextInt(bits + 1);
    values.add(ONE.shiftLeft(power));
    values.add(ONE.shiftLeft(power).add(ONE));
    values.add(ONE.shiftLeft(power).subtract(ONE));
    values.add(ONE.shiftLeft(power).add(ONE.shiftLeft(random.nextInt(power + 1))).add(small));
    BigInteger sparse = ZERO;
    for (int i = 0; i < 4; i++) {
      sparse = sparse.setBit(random.nextInt(bits + 1));
    }
    values.add(sparse);
    values.add(sparse.multiply(sparse));
    return values;
  }

  /** Euler's criterion for an odd prime p: a^((p−1)/2) mod p is 1, p − 1 or 0. */
  private static int euler(BigInteger a, BigInteger p) {
    BigInteger power = a.mod(p).modPow(p.shiftRight(1), p);
    return power.signum() == 0 ? 0 : power.equals(ONE) ? 1 : -1;
  }

  /**
   * The definition, for odd n &gt; 0: the product over the prime factors p of n, with multiplicity,
   * of the Legendre symbol (a/p) — 0 if p divides a, 1 if a is a square mod p, else −1.
   */
  private static int byDefinition(int a, int n) {
    int symbol = 1;
    int rest = n;
    for (int p = 3; rest > 1; p += 2) {
      while (rest % p == 0) {
        rest /= p;
        symbol *= legendreBySquares(a, p);
      }
    }
    return symbol;
  }

  private static int legendreBySquares(int a, int p) {
    int residue = Math.floorMod(a, p);
    if (residue == 0) {
      return 0;
    }
    for (int x = 1; x < p; x++) {
      if (x * x % p == residue) {
        return 1;
      }
    }
    return -1;
  }
}
