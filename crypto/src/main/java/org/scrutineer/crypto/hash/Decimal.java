package org.scrutineer.crypto.hash;

import java.math.BigInteger;

/**
 * Base-10 text of the numbers the protocol hashes and serialises (Belenios spec 2.0 §4.2: numbers
 * are written in decimal in challenge strings and in JSON). Verifying a ballot writes each of its
 * group elements three times — in the ballot's JSON for its hash (§4.15), in the statement string
 * of the answer and in its proof's challenge string (§4.12) — and {@link BigInteger#toString}
 * spends about 15 µs on a 2048-bit number. So this class converts faster (repeated division by
 * 10^9 on 32-bit words, about 10 µs, and none of {@code MutableBigInteger}'s division code for the
 * JIT to compile) and remembers each thread's last conversions of group elements by identity, like
 * {@code Group}'s power chains.
 */
public final class Decimal {
  private static final long BILLION = 1_000_000_000L;
  private static final int CACHED = 128;
  /** Exponents (256 bits) convert fast enough and would only crowd the group elements out. */
  private static final int CACHED_FROM_BITS = 512;

  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private Decimal() {}

  /** x in base 10, as {@link BigInteger#toString()} writes it. */
  public static String of(BigInteger x) {
    if (x.bitLength() < 63) {
      return Long.toString(x.longValue());
    }
    if (x.bitLength() < CACHED_FROM_BITS) {
      return text(x);
    }
    Recent recent = RECENT.get();
    String text = recent.find(x);
    if (text == null) {
      text = text(x);
      recent.add(x, text);
    }
    return text;
  }

  private static String text(BigInteger x) {
    return x.signum() < 0 ? "-" + convert(x.negate()) : convert(x);
  }

  /** Schoolbook conversion: each pass divides the magnitude by 10^9 and yields 9 digits. */
  private static String convert(BigInteger x) {
    int[] words = magnitude(x);
    int first = 0;
    int[] chunks = new int[words.length * 32 / 29 + 2]; // 10^9 > 2^29.8: at most this many passes
    int count = 0;
    while (first < words.length) {
      long remainder = 0;
      for (int i = first; i < words.length; i++) {
        long current = (remainder << 32) | (words[i] & 0xffff_ffffL); // < 10^9·2^32 < 2^63
        long quotient = current / BILLION;
        words[i] = (int) quotient;
        remainder = current - quotient * BILLION;
      }
      chunks[count++] = (int) remainder;
      while (first < words.length && words[first] == 0) {
        first++;
      }
    }
    StringBuilder text = new StringBuilder(count * 9);
    text.append(chunks[count - 1]);
    for (int i = count - 2; i >= 0; i--) {
      String chunk = Integer.toString(chunks[i]);
      text.append("000000000", chunk.length(), 9).append(chunk); // left-pad to 9 digits
    }
    return text.toString();
  }

  /** |x| as big-endian 32-bit words, for x &gt; 0. */
  private static int[] magnitude(BigInteger x) {
    byte[] bytes = x.toByteArray();
    int[] words = new int[(bytes.length + 3) / 4];
    for (int fromEnd = 0; fromEnd < bytes.length; fromEnd++) {
      int b = bytes[bytes.length - 1 - fromEnd] & 0xff;
      words[words.length - 1 - fromEnd / 4] |= b << (8 * (fromEnd % 4));
    }
    return words;
  }

  private static final class Recent {
    private final BigInteger[] numbers = new BigInteger[CACHED];
    private final String[] texts = new String[CACHED];
    private int next;

    String find(BigInteger x) {
      for (int i = 0; i < CACHED; i++) {
        if (numbers[i] == x) {
          return texts[i];
        }
      }
      return null;
    }

    void add(BigInteger x, String text) {
      numbers[next] = x;
      texts[next] = text;
      next = (next + 1) % CACHED;
    }
  }
}
