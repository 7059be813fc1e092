package org.scrutineer.crypto.group;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The JDK's own Montgomery multiplication: {@code BigInteger.montgomeryMultiply} and {@code
 * montgomerySquare}, the private helpers of {@link BigInteger#modPow} that HotSpot replaces with
 * hand-written assembly on x86-64 and AArch64. Measured on this project's machine at 2048 bits:
 * 1.3 µs per product, against 5.6 µs for {@link PortableMontgomery} (bench: ArithmeticBenchmark).
 * Why we reach into a JDK private method, and what happens when we cannot:
 * docs/adr/0003-montgomery-arithmetic.md.
 *
 * <p>Needs {@code --add-opens java.base/java.math=ALL-UNNAMED} (the {@code scrutineer} jar's
 * manifest and the test runs set it); {@link #load} is empty without it.
 */
final class JdkIntrinsicMontgomery implements MontgomeryMultiplier {
  // Static final, so that the JIT inlines the handles down to the intrinsics.
  private static final MethodHandle MULTIPLY = handle("montgomeryMultiply", int[].class, int[].class, int[].class, int.class, long.class, int[].class);
  private static final MethodHandle SQUARE = handle("montgomerySquare", int[].class, int[].class, int.class, long.class, int[].class);

  private JdkIntrinsicMontgomery() {}

  /** The JDK's methods, if this JDK has them with the signatures of JDK 17–25 and lets us in. */
  static Optional<MontgomeryMultiplier> load() {
    if (MULTIPLY == null || SQUARE == null) {
      return Optional.empty();
    }
    JdkIntrinsicMontgomery loaded = new JdkIntrinsicMontgomery();
    return loaded.agreesWithBigInteger() ? Optional.of(loaded) : Optional.empty();
  }

  private static MethodHandle handle(String name, Class<?>... parameters) {
    try {
      Method method = BigInteger.class.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // not opened (InaccessibleObjectException) or not this JDK's layout
    }
  }

  /**
   * A guard against a future JDK changing what these private methods compute: one product checked
   * against plain {@link BigInteger} arithmetic before we trust them.
   */
  private boolean agreesWithBigInteger() {
    BigInteger n = BigInteger.ONE.shiftLeft(127).add(BigInteger.valueOf(1_000_003)); // odd, 4 words
    int len = 4;
    BigInteger a = BigInteger.valueOf(0x1234_5678_9abcL).shiftLeft(60).add(BigInteger.TEN);
    BigInteger b = BigInteger.valueOf(0x0fed_cba9_8765L).shiftLeft(50).add(BigInteger.TWO);
    int[] nWords = MontgomeryDomain.words(n, len);
    long inverse = MontgomeryDomain.negatedInverse64(nWords, len);
    BigInteger rInverse = BigInteger.ONE.shiftLeft(32 * len).modInverse(n);
    BigInteger expected = a.multiply(b).multiply(rInverse).mod(n);
    int[] product = multiply(MontgomeryDomain.words(a, len), MontgomeryDomain.words(b, len), nWords, len, inverse);
    return MontgomeryDomain.value(product, len).mod(n).equals(expected);
  }

  @Override
  public int[] multiply(int[] a, int[] b, int[] n, int len, long inverse) {
    try {
      // The intrinsic writes len words into this array. The Java path of a cold JIT needs 2·len
      // words and allocates them itself when given fewer; either way the first len words are the
      // result. A len-word array halves what the verifier allocates (some 10,000 products a ballot).
      return (int[]) MULTIPLY.invokeExact(a, b, n, len, inverse, new int[len]);
    } catch (Throwable e) {
      throw new IllegalStateException("BigInteger.montgomeryMultiply failed", e);
    }
  }

  @Override
  public int[] square(int[] a, int[] n, int len, long inverse) {
    try {
      return (int[]) SQUARE.invokeExact(a, n, len, inverse, new int[len]);
    } catch (Throwable e) {
      throw new IllegalStateException("BigInteger.montgomerySquare failed", e);
    }
  }

  @Override
  public String name() {
    return "jdk-intrinsic";
  }
}
