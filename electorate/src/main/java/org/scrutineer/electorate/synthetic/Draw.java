package org.scrutineer.electorate.synthetic;

/**
 * The generator's randomness: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014), written out here rather than taken from {@code
 * java.util.SplittableRandom} so that the same seed gives the same register byte for byte on every
 * JDK. Each person and purpose gets its own stream, {@code Draw.of(seed, purpose, person)}, so any
 * fact about any person can be recomputed on its own: the register streams out file by file
 * without being held in memory. Integer arithmetic only (no floating point, no {@code Math.log}).
 */
final class Draw {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  private Draw(long state) {
    this.state = state;
  }

  /** The stream of one purpose (a constant of {@link Purpose}) for one person. */
  static Draw of(long seed, Purpose purpose, long person) {
    return new Draw(mix(mix(seed ^ (purpose.ordinal() + 1) * 0xD1B54A32D192ED03L) + person * GOLDEN_GAMMA));
  }

  /** A value of 64 well-mixed bits of {@code value}; also used to spread ties in orderings. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, bound), without modulo bias (rejection of the top, incomplete range). */
  long below(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
    long value;
    do {
      value = nextLong() >>> 1;
    } while (value >= limit);
    return value % bound;
  }

  int below(int bound) {
    return (int) below((long) bound);
  }

  /** Uniform in [low, high], both included. */
  long between(long low, long high) {
    return low + below(high - low + 1);
  }

  /** True with probability {@code perMillion} / 1,000,000. */
  boolean chance(int perMillion) {
    return below(1_000_000) < perMillion;
  }

  /** What the streams are for: each purpose draws from its own, so adding draws to one leaves the others as they were. */
  enum Purpose {
    CONTACT,
    EMAIL,
    HOUSEHOLD,
    MEMBER,
    DUPLICATE,
    REGISTERED,
    AFFILIATED,
    LINK,
    EXCLUSION,
    ORDER
  }
}
