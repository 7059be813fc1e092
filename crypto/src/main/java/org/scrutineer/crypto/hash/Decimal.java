package org.scrutineer.crypto.hash;

import java.math.BigInteger;

/**
 * Base-10 text of the numbers the protocol hashes and serialises (Belenios spec 2.0 §4.2: numbers
 * are written in decimal in challenge strings and in JSON). Verifying a ballot writes each of its
 * group elements three times — in the ballot's JSON, once to check it is canonical and once for its
 * hash (§4.15), and in its proof's challenge string (§4.12) — at about 12 µs each with {@link
 * BigInteger#toString} for a 2048-bit number. So this class remembers the text of
 * group-element-sized numbers by identity, including the text they were parsed from ({@link
 * #remember}), and converts the others by repeated division by 10^9 on 32-bit words, which is a
 * little faster (10.7 µs; bench: {@code DecimalBenchmark}).
 */
public final class Decimal {
  private static final long BILLION = 1_000_000_000L;
  /** Exponents (256 bits) convert fast enough and would only crowd the group elements out. */
  private static final int CACHED_FROM_BITS = 512;
  private static final int SLOTS = 1 << 12;

  /**
   * A direct-mapped cache shared by all threads, indexed by identity hash: a ballot is parsed on
   * the reading thread and checked on another. Racy on purpose — a slot holds an immutable entry,
   * so a reader sees either a whole entry or another one, and a miss only costs a conversion.
   */
  private static final Entry[] CACHE = new Entry[SLOTS];

  private record Entry(BigInteger number, String text) {}

  private Decimal() {}

  /** x in base 10, as {@link BigInteger#toString()} writes it. */
  public static String of(BigInteger x) {
    if (x.bitLength() < 63) {
      return Long.toString(x.longValue());
    }
    if (x.bitLength() < CACHED_FROM_BITS) {
      return text(x);
    }
    int slot = System.identityHashCode(x) & (SLOTS - 1);
    Entry entry = CACHE[slot];
    if (entry != null && entry.number == x) {
      return entry.text;
    }
    String text = text(x);
    CACHE[slot] = new Entry(x, text);
    return text;
  }

  /**
   * Remembers that {@code x} is {@code new BigInteger(text)}, so that writing x back costs nothing —
   * provided the text is what {@link #of} would write (no sign, no leading zero); otherwise this
   * does nothing, and x is converted when it is written.
   */
  public static void remember(BigInteger x, String text) {
    if (x.bitLength() >= CACHED_FROM_BITS && isPlainDecimal(text)) {
      CACHE[System.identityHashCode(x) & (SLOTS - 1)] = new Entry(x, text);
    }
  }

  private static boolean isPlainDecimal(String text) {
    if (text.isEmpty() || text.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
}
