package org.scrutineer.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/** Barrett reduction must agree with {@link BigInteger#mod} for every product of two residues. */
class BarrettReducerTest {
  @Provide
  Arbitrary<Tuple3<BigInteger, BigInteger, BigInteger>> residuePairs() {
    return Arbitraries.of(
            ToyGroups.TINY.p(),
            ToyGroups.SMALL.p(),
            Group.BELENIOS_2048.p(),
            Group.RFC_3526_2048.p())
        .flatMap(p -> {
          Arbitrary<BigInteger> residue =
              Arbitraries.bigIntegers().between(BigInteger.ZERO, p.subtract(BigInteger.ONE));
          return Combinators.combine(residue, residue).as((a, b) -> Tuple.of(p, a, b));
        });
  }

  @Property(tries = 2000)
  void multiplyIsTheProductModP(
      @ForAll("residuePairs") Tuple3<BigInteger, BigInteger, BigInteger> input) {
    BigInteger p = input.get1();
    assertThat(new BarrettReducer(p).multiply(input.get2(), input.get3()))
        .isEqualTo(input.get2().multiply(input.get3()).mod(p));
  }

  @Property(tries = 10)
  void extremesReduceCorrectly(
      @ForAll("residuePairs") Tuple3<BigInteger, BigInteger, BigInteger> input) {
    BigInteger p = input.get1();
    BarrettReducer reducer = new BarrettReducer(p);
    BigInteger max = p.subtract(BigInteger.ONE);
    assertThat(reducer.multiply(max, max)).isEqualTo(BigInteger.ONE); // (−1)² = 1
    assertThat(reducer.multiply(BigInteger.ZERO, max)).isEqualTo(BigInteger.ZERO);
    assertThat(reducer.multiply(BigInteger.ONE, max)).isEqualTo(max);
  }
}
