package org.scrutineer.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} that repeats its output for a given seed, so that a failing jqwik try can be
 * replayed from the seed it reports. For tests only: the protocol code takes whatever source it is
 * given and production passes a strong one.
 */
public final class TestRandom {
  private TestRandom() {}

  public static SecureRandom seeded(long seed) {
    try {
      // SHA1PRNG seeded before its first use is deterministic (a strong instance would mix in
      // entropy).
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK's SUN provider always has SHA1PRNG", e);
    }
  }
}
