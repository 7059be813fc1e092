package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The two halves of bench/shuffle-bench.sh without the ballot replay and JVM start-up around them:
 * {@link VerifiableShuffle#shuffle} and {@link VerifiableShuffle#verify} (Belenios spec 2.0 §6
 * Tables 1, 4 and 5) of {@code size} RFC-3526-2048 ciphertexts, one non-homomorphic question's
 * ballots. One call takes seconds at 1,000, so each is timed once per iteration (single shot);
 * {@code -p size=100} for a quick look. The verified shuffle is made once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
public class ShuffleBenchmark {
  private static final String FINGERPRINT = "shuffle-benchmark";

  @Param("1000")
  public int size;

  private final Group group = Group.RFC_3526_2048;
  private final SecureRandom random = new SecureRandom();
  private BigInteger publicKey;
  private List<Ciphertext> input;
  private ShuffledCiphertexts shuffled;

  /** An election key y = g^x and {@code size} encryptions g^r, y^r·g^m of small m, then a shuffle. */
  @Setup
  public void setUp() {
    publicKey = group.powG(group.randomExponent(random));
    input = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      BigInteger r = group.randomExponent(random);
      BigInteger m = group.powG(BigInteger.valueOf(i % 120 + 1));
      input.add(new Ciphertext(group.powG(r), group.mul(group.pow(publicKey, r), m)));
    }
    shuffled = VerifiableShuffle.shuffle(group, FINGERPRINT, publicKey, input, random);
    if (!VerifiableShuffle.verify(group, FINGERPRINT, publicKey, input, shuffled.ciphertexts(), shuffled.proof()).valid()) {
      throw new IllegalStateException("the shuffle made for the benchmark does not verify");
    }
  }

  @Benchmark
  public ShuffledCiphertexts shuffle() {
    return VerifiableShuffle.shuffle(group, FINGERPRINT, publicKey, input, random);
  }

  @Benchmark
  public void verify(Blackhole blackhole) {
    blackhole.consume(
        VerifiableShuffle.verify(group, FINGERPRINT, publicKey, input, shuffled.ciphertexts(), shuffled.proof()));
  }
}
