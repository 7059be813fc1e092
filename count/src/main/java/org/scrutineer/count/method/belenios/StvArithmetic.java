package org.scrutineer.count.method.belenios;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The four operations and the comparison Belenios' STV needs, in one of two number systems: exact
 * fractions, or IEEE 754 binary64 as belenios-tool (OCaml floats) computes — only to reproduce its
 * decisions where rounding makes two totals equal or unequal. Java's {@code double} is binary64 with
 * round-to-nearest-even on every operation (JLS 15.4, strict since Java 17), as OCaml's floats are
 * on amd64, so the same operations in the same order give the same bits.
 */
interface StvArithmetic<W> {
  W zero();

  W one();

  W of(BigDecimal weight);

  W add(W a, W b);

  W subtract(W a, W b);

  W multiply(W a, W b);

  W divide(W a, W b);

  int compare(W a, W b);

  /** Droop: floor(total / (seats + 1)) + 1, as Belenios writes it. */
  W quota(W total, long seats);

  /** The value for the report (exact, or the decimal value of the binary64 number). */
  BigDecimal toDecimal(W value, int places, java.math.RoundingMode mode);

  StvArithmetic<Fraction> EXACT =
      new StvArithmetic<>() {
        public Fraction zero() {
          return Fraction.ZERO;
        }

        public Fraction one() {
          return Fraction.ONE;
        }

        public Fraction of(BigDecimal weight) {
          return Fraction.of(weight);
        }

        public Fraction add(Fraction a, Fraction b) {
          return a.add(b);
        }

        public Fraction subtract(Fraction a, Fraction b) {
          return a.subtract(b);
        }

        public Fraction multiply(Fraction a, Fraction b) {
          return a.multiply(b);
        }

        public Fraction divide(Fraction a, Fraction b) {
          return a.divide(b);
        }

        public int compare(Fraction a, Fraction b) {
          return a.compareTo(b);
        }

        public Fraction quota(Fraction total, long seats) {
          BigInteger floor = total.divide(Fraction.of(BigDecimal.valueOf(seats).add(BigDecimal.ONE))).floor();
          return new Fraction(floor.add(BigInteger.ONE), BigInteger.ONE);
        }

        public BigDecimal toDecimal(Fraction value, int places, java.math.RoundingMode mode) {
          return value.toDecimal(places, mode);
        }
      };

  /** belenios-tool's floats; comparisons as OCaml's {@code compare} and {@code =} on non-NaN floats. */
  StvArithmetic<Double> BINARY64 =
      new StvArithmetic<>() {
        public Double zero() {
          return 0.0;
        }

        public Double one() {
          return 1.0;
        }

        public Double of(BigDecimal weight) {
          return weight.doubleValue();
        }

        public Double add(Double a, Double b) {
          return a + b;
        }

        public Double subtract(Double a, Double b) {
          return a - b;
        }

        public Double multiply(Double a, Double b) {
          return a * b;
        }

        public Double divide(Double a, Double b) {
          return a / b;
        }

        public int compare(Double a, Double b) {
          double x = a;
          double y = b;
          return x < y ? -1 : x > y ? 1 : 0;
        }

        public Double quota(Double total, long seats) {
          return Math.floor(total / (double) (seats + 1)) + 1.0;
        }

        public BigDecimal toDecimal(Double value, int places, java.math.RoundingMode mode) {
          return new BigDecimal(value).setScale(places, mode);
        }
      };
}
