package org.scrutineer.crypto.group;

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
 * The measurements behind docs/adr/0010-membership-by-jacobi-symbol.md: one subgroup membership
 * check in RFC-3526-2048 (spec §5.2, q of 2047 bits), as {@link Group#isMember} makes it, by the
 * Jacobi symbol alone, and by the power x^q it took before, from a {@link PowerChain} and from
 * {@link BigInteger#modPow}. Each call takes the next of 64 elements, more than the 32 bases a
 * thread's {@code Group} remembers, so that no check is answered from that cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
public class MembershipBenchmark {
  private static final int ELEMENTS = 64;

  private final Group group = Group.RFC_3526_2048;
  private final MontgomeryDomain domain = new MontgomeryDomain(group.p());
  private final BigInteger[] elements = new BigInteger[ELEMENTS];
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(2016);
    for (int i = 0; i < ELEMENTS; i++) { // members, as the ciphertexts of a valid shuffle are
      elements[i] = group.g().modPow(new BigInteger(2047, random), group.p());
    }
    if (!domain.hasFastProducts()) {
      throw new IllegalStateException("the JDK intrinsics are not available: run with --add-opens java.base/java.math=ALL-UNNAMED");
    }
  }

  private BigInteger nextElement() {
    BigInteger x = elements[next];
    next = (next + 1) % ELEMENTS;
    return x;
  }

  /** What elections pay: {@link Group#isMember}, cache look-up and range check included. */
  @Benchmark
  public boolean isMember() {
    return group.isMember(nextElement());
  }

  @Benchmark
  public int jacobiSymbol() {
    return JacobiSymbol.of(nextElement(), group.p());
  }

  /** x^q as {@code isMember} took it before the Jacobi symbol: a new chain, 2046 squarings. */
  @Benchmark
  public int[] powerQByChain() {
    PowerChain chain =
        new PowerChain(domain, domain.toMontgomery(nextElement()), group.q().bitLength());
    return chain.pow(group.q());
  }

  /** x^q as {@code isMember} takes it without the JDK's Montgomery intrinsics. */
  @Benchmark
  public BigInteger powerQByModPow() {
    return nextElement().modPow(group.q(), group.p());
  }
}
