package org.scrutineer.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Decimal#of} and {@link Decimal#ofAll} must write exactly what {@link BigInteger#toString()} writes. */
class DecimalTest {
  @Provide
  Arbitrary<BigInteger> numbers() {
    BigInteger bound = BigInteger.TWO.pow(2100);
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(bound.negate(), bound),
        Arbitraries.integers().between(0, 2100).map(BigInteger.TWO::pow),
        Arbitraries.integers().between(1, 640).map(BigInteger.TEN::pow),
        Arbitraries.integers().between(1, 640).map(k -> BigInteger.TEN.pow(k).subtract(BigInteger.ONE)));
  }

  @Property(tries = 2000)
  void isToString(@ForAll("numbers") BigInteger x) {
    assertThat(Decimal.of(x)).isEqualTo(x.toString());
    assertThat(Decimal.of(x)).as("second call, cached").isEqualTo(x.toString());
  }

  /** Lists of every length, so that four-at-a-time groups come full, padded and mixed with short numbers. */
  @Property(tries = 400)
  void ofAllIsToStringOfEach(@ForAll("numberLists") java.util.List<BigInteger> numbers) {
    assertThat(Decimal.ofAll(numbers)).containsExactlyElementsOf(numbers.stream().map(BigInteger::toString).toList());
  }

  @Provide
  Arbitrary<java.util.List<BigInteger>> numberLists() {
    Arbitrary<BigInteger> groupSized = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TWO.pow(2048));
    return Arbitraries.oneOf(groupSized, groupSized, numbers()).list().ofMinSize(0).ofMaxSize(11);
  }

  @Test
  void ofAllUsesRememberedTextAndConvertsTheRest() {
    String digits = BigInteger.TWO.pow(2000).add(BigInteger.valueOf(777)).toString();
    BigInteger parsed = new BigInteger(digits);
    Decimal.remember(parsed, digits);
    BigInteger fresh = BigInteger.TWO.pow(2047).subtract(BigInteger.ONE);
    BigInteger shorter = BigInteger.TEN.pow(300); // far fewer words than its neighbours
    java.util.List<String> texts = Decimal.ofAll(java.util.List.of(fresh, parsed, shorter, BigInteger.ZERO, fresh.negate()));
    assertThat(texts.get(1)).isSameAs(digits);
    assertThat(texts).containsExactly(fresh.toString(), digits, shorter.toString(), "0", fresh.negate().toString());
  }

  @Test
  void edgeValues() {
    for (BigInteger x :
        new BigInteger[] {
          BigInteger.ZERO,
          BigInteger.valueOf(Long.MAX_VALUE),
          BigInteger.valueOf(Long.MIN_VALUE),
          BigInteger.valueOf(999_999_999),
          BigInteger.valueOf(1_000_000_000).pow(3),
          BigInteger.TWO.pow(63),
          BigInteger.TWO.pow(64).subtract(BigInteger.ONE)
        }) {
      assertThat(Decimal.of(x)).isEqualTo(x.toString());
    }
  }

  @Test
  void rememberedTextIsUsedOnlyWhenItIsPlainDecimal() {
    String digits = BigInteger.TWO.pow(1000).add(BigInteger.valueOf(12345)).toString();
    BigInteger parsed = new BigInteger(digits);
    Decimal.remember(parsed, digits);
    assertThat(Decimal.of(parsed)).isSameAs(digits);

    BigInteger padded = new BigInteger("000" + digits);
    Decimal.remember(padded, "000" + digits);
    assertThat(Decimal.of(padded)).isEqualTo(digits);
    BigInteger signed = new BigInteger("+" + digits);
    Decimal.remember(signed, "+" + digits);
    assertThat(Decimal.of(signed)).isEqualTo(digits);
  }

  @Test
  void equalNumbersThatAreDistinctObjectsGetTheirOwnText() {
    BigInteger a = BigInteger.TWO.pow(300);
    BigInteger b = BigInteger.TWO.pow(300).add(BigInteger.ONE);
    assertThat(Decimal.of(a)).isEqualTo(a.toString());
    assertThat(Decimal.of(b)).isEqualTo(b.toString());
    assertThat(Decimal.of(a)).isNotEqualTo(Decimal.of(b));
  }
}
