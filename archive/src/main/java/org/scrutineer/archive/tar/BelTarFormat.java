package org.scrutineer.archive.tar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The 512-byte header block as belenios-tool 2.0 writes it (Belenios spec 2.0 §4.4; observed bytes
 * in docs/belenios-archive-format.md): a V7 tar header whose fields past {@code typeflag} stay zero.
 */
final class BelTarFormat {
  static final int BLOCK = 512;
  /** 11 octal digits, the widest value the size and mtime fields hold: 8 GiB - 1. */
  static final long MAX_OCTAL_11 = 077777777777L;
  static final int NAME_FIELD = 100;

  /** Field layout of a tar header; belenios-tool fills name … typeflag and leaves the rest zero. */
  enum Field {
    NAME(0, 100),
    MODE(100, 8),
    UID(108, 8),
    GID(116, 8),
    SIZE(124, 12),
    MTIME(136, 12),
    CHECKSUM(148, 8),
    TYPEFLAG(156, 1),
    LINKNAME(157, 100),
    USTAR_AND_REST(257, 255);

    final int start;
    final int length;

    Field(int start, int length) {
      this.start = start;
      this.length = length;
    }

    String text(byte[] block) {
      return new String(block, start, length, StandardCharsets.ISO_8859_1);
    }
  }

  private BelTarFormat() {}

  static long padded(long size) {
    return (size + BLOCK - 1) / BLOCK * BLOCK;
  }

  /**
   * The header belenios-tool writes ({@code Archive.MakeWriter.raw_write_header}): name, mode
   * {@code 0000644}, uid and gid {@code 0000000}, size and mtime as 11 octal digits, typeflag
   * {@code 0}, and the checksum as 6 octal digits, NUL, space.
   */
  static byte[] canonical(String name, long size, long mtime) {
    byte[] block = new byte[BLOCK];
    put(block, Field.NAME.start, name);
    put(block, Field.MODE.start, "0000644");
    put(block, Field.UID.start, "0000000");
    put(block, Field.GID.start, "0000000");
    putOctal(block, Field.SIZE.start, 11, size);
    putOctal(block, Field.MTIME.start, 11, mtime);
    put(block, Field.TYPEFLAG.start, "0");
    putOctal(block, Field.CHECKSUM.start, 6, checksum(block));
    block[Field.CHECKSUM.start + 7] = ' '; // "%06o\000 ": the NUL at +6 is already there
    return block;
  }

  /** {@code %0<digits>o} without Formatter, which cost a tenth of the time of reading an archive. */
  private static void putOctal(byte[] block, int at, int digits, long value) {
    for (int i = at + digits - 1; i >= at; i--, value >>>= 3) block[i] = (byte) ('0' + (value & 7));
  }

  /** Unsigned byte sum with the checksum field counted as eight spaces (POSIX and V7 tar). */
  static long checksum(byte[] block) {
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      boolean inField = i >= Field.CHECKSUM.start && i < Field.CHECKSUM.start + Field.CHECKSUM.length;
      sum += inField ? ' ' : block[i] & 0xff;
    }
    return sum;
  }

  static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) return false;
    }
    return true;
  }

  /**
   * Reads a numeric field the way tar does: optional leading spaces, octal digits, then only NULs
   * or spaces. Empty when the field is anything else (GNU base-256, garbage, no digits).
   */
  static OptionalLong octal(byte[] block, Field field) {
    int i = field.start;
    int end = field.start + field.length;
    while (i < end && block[i] == ' ') i++;
    long value = 0;
    int digits = 0;
    for (; i < end && block[i] >= '0' && block[i] <= '7'; i++, digits++) {
      if (value > (Long.MAX_VALUE >> 3)) return OptionalLong.empty();
      value = value * 8 + (block[i] - '0');
    }
    for (; i < end; i++) {
      if (block[i] != 0 && block[i] != ' ') return OptionalLong.empty();
    }
    return digits == 0 ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * The first field where {@code actual} differs from belenios-tool's {@code expected} header. The
   * checksum comes last: it follows from the other fields, so it names the cause only when it is
   * the one difference (e.g. GNU tar's 7-digit spelling).
   */
  static Optional<String> firstDifference(byte[] actual, byte[] expected) {
    List<Field> order = new ArrayList<>(List.of(Field.values()));
    order.remove(Field.CHECKSUM);
    order.add(Field.CHECKSUM);
    for (Field field : order) {
      for (int i = field.start; i < field.start + field.length; i++) {
        if (actual[i] != expected[i]) {
          return Optional.of(String.format(
              "header field %s is %s but belenios-tool writes %s (byte %d of the header differs)",
              field.name().toLowerCase(), quote(field.text(actual)), quote(field.text(expected)), i));
        }
      }
    }
    return Optional.empty();
  }

  /** Printable rendering of a field: trailing NULs dropped, other control bytes escaped. */
  static String quote(String field) {
    String trimmed = field.replaceAll("\0+$", "");
    StringBuilder out = new StringBuilder("\"");
    for (char c : trimmed.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') out.append(c);
      else out.append(String.format("\\x%02x", (int) c));
    }
    return out.append('"').toString();
  }

  private static void put(byte[] block, int at, String ascii) {
    byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, block, at, bytes.length);
  }
}
