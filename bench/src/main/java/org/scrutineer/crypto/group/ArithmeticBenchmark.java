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
 * The measurements behind docs/adr/0003-montgomery-arithmetic.md, on BELENIOS-2048: one product
 * mod p with each multiplier, and the three powers a ballot check takes of each ciphertext
 * component (q for membership, two challenges) by {@link BigInteger#modPow} and by a {@link
 * PowerChain}. In this package because the classes it measures are package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
public class ArithmeticBenchmark {
  private final Group group = Group.BELENIOS_2048;
  private final MontgomeryDomain intrinsic = new MontgomeryDomain(group.p());
  private final MontgomeryDomain portable = new MontgomeryDomain(group.p(), PortableMontgomery.INSTANCE);
  private final FixedBaseTable gTable = new FixedBaseTable(intrinsic, group.g(), group.q().bitLength());
  private BigInteger element;
  private BigInteger challenge0;
  private BigInteger challenge1;
  private int[] a;
  private int[] b;

  @Setup
  public void setUp() {
    Random random = new Random(2016);
    element = group.g().modPow(new BigInteger(256, random), group.p());
    challenge0 = new BigInteger(255, random);
    challenge1 = new BigInteger(255, random);
    a = intrinsic.toMontgomery(element);
    b = intrinsic.toMontgomery(element.add(BigInteger.ONE));
    if (!intrinsic.hasFastProducts()) {
      throw new IllegalStateException("the JDK intrinsics are not available: run with --add-opens java.base/java.math=ALL-UNNAMED");
    }
  }

  @Benchmark
  public int[] productIntrinsic() {
    return intrinsic.multiply(a, b);
  }

  @Benchmark
  public int[] productPortable() {
    return portable.multiply(a, b);
  }

  @Benchmark
  public BigInteger modPow256() {
    return element.modPow(challenge0, group.p());
  }

  @Benchmark
  public BigInteger fixedBaseG256() {
    return intrinsic.toBigInteger(gTable.pow(challenge0));
  }

  /** Membership and two challenges, as {@code Group} did before power chains. */
  @Benchmark
  public BigInteger threePowersModPow() {
    BigInteger p = group.p();
    return element.modPow(group.q(), p).add(element.modPow(challenge0, p)).add(element.modPow(challenge1, p));
  }

  /** The same three powers from one chain. */
  @Benchmark
  public int[] threePowersChain() {
    PowerChain chain = new PowerChain(intrinsic, intrinsic.toMontgomery(element), group.q().bitLength());
    chain.pow(group.q());
    chain.pow(challenge0);
    return chain.pow(challenge1);
  }
}
