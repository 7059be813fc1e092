package org.scrutineer.crypto.hash;

import java.math.BigInteger;
import java.util.List;

/**
 * Base-10 text of the numbers the protocol hashes and serialises (Belenios spec 2.0 §4.2: numbers
 * are written in decimal in challenge strings and in JSON). Verifying a ballot writes each of its
 * group elements three times — in the ballot's JSON, once to check it is canonical and once for its
 * hash (§4.15), and in its proof's challenge string (§4.12) — at about 12 µs each with {@link
 * BigInteger#toString} for a 2048-bit number. So this class remembers the text of
 * group-element-sized numbers by identity, including the text they were parsed from ({@link
 * #remember}), and converts the others by repeated division by 10^9 on 32-bit words: 8.5 µs for one
 * number, and 4.5 µs each when {@link #ofAll} converts four at once (the proof commitments of a
 * challenge string), as the four divisions of a step do not wait for each other.
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

  /**
   * x in base 10, as {@link BigInteger#toString()} writes it (spec §4.2 "Basic types": N, Zq and G
   * are written in base 10, in JSON and in the challenge strings).
   */
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

  /**
   * Each number in base 10, as {@link #of} writes it. Numbers it does not remember are converted
   * four at a time and not remembered: these are a proof's freshly computed commitments, written once.
   */
  public static List<String> ofAll(List<BigInteger> numbers) {
    String[] texts = new String[numbers.size()];
    int[] pending = new int[numbers.size()];
    int pendingCount = 0;
    for (int i = 0; i < texts.length; i++) {
      BigInteger x = numbers.get(i);
      if (x.signum() <= 0 || x.bitLength() < CACHED_FROM_BITS) {
        texts[i] = of(x);
        continue;
      }
      Entry entry = CACHE[System.identityHashCode(x) & (SLOTS - 1)];
      if (entry != null && entry.number == x) {
        texts[i] = entry.text;
      } else {
        pending[pendingCount++] = i;
      }
    }
    for (int start = 0; start < pendingCount; start += LANES) {
      BigInteger[] group = new BigInteger[LANES];
      for (int lane = 0; lane < LANES; lane++) {
        group[lane] = start + lane < pendingCount ? numbers.get(pending[start + lane]) : BigInteger.ZERO;
      }
      String[] converted = convertFour(group);
      for (int lane = 0; lane < LANES && start + lane < pendingCount; lane++) {
        texts[pending[start + lane]] = converted[lane];
      }
    }
    return List.of(texts);
  }

  private static final int LANES = 4;

  /**
   * Four non-negative numbers at once, padded to the same length: each pass divides all four by
   * 10^9. The four remainders are independent, so their divisions overlap in the processor, where
   * one number's divisions wait for each other.
   */
  private static String[] convertFour(BigInteger[] x) {
    int len = 0;
    for (BigInteger number : x) {
      len = Math.max(len, (number.bitLength() + 31) / 32);
    }
    int[] a = magnitude(x[0], len);
    int[] b = magnitude(x[1], len);
    int[] c = magnitude(x[2], len);
    int[] d = magnitude(x[3], len);
    int passes = len * 32 / 29 + 2; // 10^9 > 2^29.8: at most this many
    int[] chunksA = new int[passes];
    int[] chunksB = new int[passes];
    int[] chunksC = new int[passes];
    int[] chunksD = new int[passes];
    int count = 0;
    int first = 0;
    while (first < len) {
      long ra = 0;
      long rb = 0;
      long rc = 0;
      long rd = 0;
      for (int i = first; i < len; i++) {
        long t = (ra << 32) | (a[i] & WORD);
        long q = t / BILLION;
        a[i] = (int) q;
        ra = t - q * BILLION;
        t = (rb << 32) | (b[i] & WORD);
        q = t / BILLION;
        b[i] = (int) q;
        rb = t - q * BILLION;
        t = (rc << 32) | (c[i] & WORD);
        q = t / BILLION;
        c[i] = (int) q;
        rc = t - q * BILLION;
        t = (rd << 32) | (d[i] & WORD);
        q = t / BILLION;
        d[i] = (int) q;
        rd = t - q * BILLION;
      }
      chunksA[count] = (int) ra;
      chunksB[count] = (int) rb;
      chunksC[count] = (int) rc;
      chunksD[count] = (int) rd;
      count++;
      while (first < len && a[first] == 0 && b[first] == 0 && c[first] == 0 && d[first] == 0) {
        first++;
      }
    }
    return new String[] {digits(chunksA, count), digits(chunksB, count), digits(chunksC, count), digits(chunksD, count)};
  }

  private static final long WORD = 0xffff_ffffL;

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
    return digits(chunks, count);
  }

  /** The text of base-10^9 chunks, least significant first, without leading zeros. */
  private static String digits(int[] chunks, int count) {
    int top = count - 1;
    while (top > 0 && chunks[top] == 0) {
      top--; // a shorter number converted beside longer ones
    }
    StringBuilder text = new StringBuilder((top + 1) * 9);
    text.append(chunks[top]);
    for (int i = top - 1; i >= 0; i--) {
      String chunk = Integer.toString(chunks[i]);
      text.append("000000000", chunk.length(), 9).append(chunk); // left-pad to 9 digits
    }
    return text.toString();
  }

  /** |x| as big-endian 32-bit words, for x &gt; 0. */
  private static int[] magnitude(BigInteger x) {
    return magnitude(x, (x.bitLength() + 31) / 32);
  }

  /** x ≥ 0 as {@code len} big-endian 32-bit words (leading zeros as needed). */
  private static int[] magnitude(BigInteger x, int len) {
    byte[] bytes = x.toByteArray();
    int[] words = new int[len];
    for (int fromEnd = 0; fromEnd < bytes.length && fromEnd < 4 * len; fromEnd++) { // past: sign bytes
      int b = bytes[bytes.length - 1 - fromEnd] & 0xff;
      words[len - 1 - fromEnd / 4] |= b << (8 * (fromEnd % 4));
    }
    return words;
  }
}
