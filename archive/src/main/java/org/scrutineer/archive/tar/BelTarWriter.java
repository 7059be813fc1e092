package org.scrutineer.archive.tar;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes Belenios archive entries (Belenios spec 2.0 §4.4 "Public data") with exactly the bytes
 * belenios-tool 2.0 writes, so that {@code belenios-tool archive make} regenerates our archives
 * byte for byte: a V7 header ({@link #header}), the data, zeros up to the next multiple of 512,
 * and no end-of-archive blocks (an archive only ever grows by appending entries).
 */
public final class BelTarWriter {
  private final OutputStream out;

  /** Writes entries to {@code out}; the caller owns (flushes, closes) the stream. */
  public BelTarWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Belenios spec 2.0 §4.4: appends one entry, header then zero-padded data. */
  public void write(String name, byte[] data, long mtime) throws IOException {
    out.write(header(name, data.length, mtime));
    out.write(data);
    out.write(new byte[(int) (BelTarFormat.padded(data.length) - data.length)]);
  }

  /**
   * Belenios spec 2.0 §4.4: the bytes of one entry: {@link #header} followed by {@code data} padded
   * with zeros to a multiple of 512 (empty data takes no block at all, as in belenios-tool).
   */
  public static byte[] entry(String name, byte[] data, long mtime) {
    byte[] header = header(name, data.length, mtime);
    byte[] entry = new byte[header.length + (int) BelTarFormat.padded(data.length)];
    System.arraycopy(header, 0, entry, 0, header.length);
    System.arraycopy(data, 0, entry, header.length, data.length);
    return entry;
  }

  /**
   * Belenios spec 2.0 §4.4: the 512-byte header belenios-tool writes: name, mode {@code 0000644},
   * uid/gid {@code 0000000}, size and mtime as 11 octal digits, checksum as 6 octal digits then NUL
   * and space, typeflag {@code 0}; every other byte (link name, ustar magic, owner names) is zero.
   *
   * @param name 1 to 99 printable ASCII characters (a 100-byte name would run into the mode field
   *     when belenios-tool reads it, since it looks for a terminating NUL)
   * @param size data length, at most 8 GiB - 1 (11 octal digits)
   * @param mtime Unix seconds, 0 to 8^11 - 1; belenios-tool writes the archive timestamp
   */
  public static byte[] header(String name, long size, long mtime) {
    checkName(name);
    checkOctal11("size", size);
    checkOctal11("mtime", mtime);
    return BelTarFormat.canonical(name, size, mtime);
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.length() >= BelTarFormat.NAME_FIELD) {
      throw new IllegalArgumentException(
          "entry name must be 1 to 99 characters, got " + name.length() + ": " + name);
    }
    for (char c : name.toCharArray()) {
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException("entry name must be printable ASCII without spaces: " + name);
      }
    }
  }

  private static void checkOctal11(String what, long value) {
    if (value < 0 || value > BelTarFormat.MAX_OCTAL_11) {
      throw new IllegalArgumentException(
          what + " must be between 0 and " + BelTarFormat.MAX_OCTAL_11 + " (11 octal digits), got " + value);
    }
  }
}
