package org.scrutineer.crypto.hash;

import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decimal text of fresh 2048-bit numbers (commitments: never cached) against toString, one at a
 * time and four at a time as a challenge string's commitments are written ({@link Decimal#ofAll}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecimalBenchmark {
  private BigInteger number;

  @Setup
  public void setUp() {
    number = new BigInteger(2048, new Random(2016));
  }

  @Benchmark
  public String decimal() {
    return Decimal.of(number.add(BigInteger.ONE)); // a new object each time: a cache miss
  }

  /** Four commitments; divide the time by four for one number. */
  @Benchmark
  public java.util.List<String> decimalFourAtOnce() {
    BigInteger fresh = number.add(BigInteger.ONE);
    return Decimal.ofAll(java.util.List.of(fresh, fresh.add(BigInteger.ONE), fresh.add(BigInteger.TWO), fresh.add(BigInteger.TEN)));
  }

  @Benchmark
  public String bigIntegerToString() {
    return number.add(BigInteger.ONE).toString();
  }
}
