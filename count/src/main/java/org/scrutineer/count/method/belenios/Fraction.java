package org.scrutineer.count.method.belenios;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact non-negative rational, in lowest terms: transfer values of (votes − quota) / votes stay exact. */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  Fraction {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a fraction with denominator 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  static Fraction of(BigDecimal value) {
    return value.scale() <= 0
        ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  Fraction add(Fraction o) {
    if (denominator.equals(o.denominator)) {
      return new Fraction(numerator.add(o.numerator), denominator);
    }
    return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
  }

  Fraction subtract(Fraction o) {
    return add(new Fraction(o.numerator.negate(), o.denominator));
  }

  Fraction multiply(Fraction o) {
    return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Fraction divide(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  BigDecimal toDecimal(int places, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), places, mode);
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }
}
