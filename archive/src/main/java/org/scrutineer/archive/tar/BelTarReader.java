package org.scrutineer.archive.tar;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutineer.archive.tar.BelTarFormat.Field;

/**
 * Streaming reader of Belenios archives (Belenios spec 2.0 §4.4 "Public data"): old-style V7 tar,
 * 512-byte headers, data padded to 512, normally no end-of-archive zero blocks. One entry is held
 * at a time, so memory does not grow with the archive.
 *
 * <p>Every header is checked (checksum, octal fields, size against what is left). A header that
 * cannot be trusted, or an archive that ends inside an entry, stops reading with an
 * {@link ArchiveFormatException} naming entry, byte offset and cause. Bytes that are readable but
 * differ from what belenios-tool writes (another mode, a ustar magic, non-zero padding, trailing
 * zero blocks) are reported as {@link ArchiveProblem}s and reading goes on: belenios-tool itself
 * ignores them when reading, but its {@code election verify} then fails to regenerate the archive.
 *
 * <p>Use {@link #next} for whole entries, or {@link #nextHeader} then {@link #readData} or
 * {@link #skipData} to step over data without holding it.
 */
public final class BelTarReader implements Closeable {
  /** Largest Java array Scrutineer allocates for one entry. */
  static final int MAX_ENTRY_SIZE = Integer.MAX_VALUE - 8;

  private final InputStream in;
  private final OptionalLong length;
  private long position;
  private int entries;
  private TarHeader current;
  private boolean currentConsumed = true;
  private boolean ended;
  private long trailingZeros;
  private long trailerOffset;
  private ArchiveFormatException failure;

  /** Reads a stream of unknown length; {@link #skipData} then reads and discards. */
  public BelTarReader(InputStream in) {
    this(in, OptionalLong.empty());
  }

  /**
   * Reads a stream known to hold exactly {@code length} bytes (a file whose size was taken under a
   * lock): truncation is detected from the headers and {@link #skipData} can seek.
   */
  public BelTarReader(InputStream in, long length) {
    this(in, OptionalLong.of(length));
  }

  private BelTarReader(InputStream in, OptionalLong length) {
    this.in = Objects.requireNonNull(in, "in");
    this.length = length;
  }

  /** Opens {@code bel} for streaming; the reader closes the file. */
  public static BelTarReader open(Path bel) throws IOException {
    return new BelTarReader(new BufferedInputStream(Files.newInputStream(bel), 1 << 16), Files.size(bel));
  }

  /** Belenios spec 2.0 §4.4: the next entry with its data, or empty at the end of the archive. */
  public Optional<TarEntry> next() throws IOException {
    Optional<TarHeader> header = nextHeader();
    return header.isPresent() ? Optional.of(readData()) : Optional.empty();
  }

  /**
   * The next header, or empty at the end of the archive; skips the data of the previous entry if it
   * was not read.
   */
  public Optional<TarHeader> nextHeader() throws IOException {
    if (failure != null) throw failure;
    if (!currentConsumed) skipData();
    if (ended) return Optional.empty();
    long offset = position;
    byte[] block = new byte[BelTarFormat.BLOCK];
    int n = readUpTo(block, block.length);
    if (n == 0 || BelTarFormat.isZero(block, 0, n)) {
      readTrailer(offset, n);
      return Optional.empty();
    }
    if (n < block.length) {
      throw fail(entries + 1, offset, String.format(
          "archive ends inside a header block (%d of 512 bytes) (truncated archive)", n));
    }
    position += n;
    current = decode(block, entries + 1, offset);
    entries++;
    currentConsumed = false;
    checkFits(current);
    return Optional.of(current);
  }

  /** The data of the entry whose header {@link #nextHeader} just returned. */
  public TarEntry readData() throws IOException {
    TarHeader header = requireUnconsumed();
    if (header.size() > MAX_ENTRY_SIZE) {
      throw fail(header, "entry of " + header.size() + " bytes is larger than the 2 GiB Scrutineer holds in memory");
    }
    byte[] data = readExactly((int) header.size());
    position += data.length;
    if (data.length < header.size()) {
      throw fail(header, String.format(
          "archive ends inside the data of %s: header says %d bytes, only %d present (truncated archive)",
          header.name(), header.size(), data.length));
    }
    int padding = (int) (BelTarFormat.padded(header.size()) - header.size());
    byte[] pad = in.readNBytes(padding);
    position += pad.length;
    currentConsumed = true;
    if (pad.length < padding) {
      throw fail(header, "archive ends inside the zero padding after the data of " + header.name()
          + " (truncated archive)");
    }
    List<ArchiveProblem> problems = new ArrayList<>();
    if (!BelTarFormat.isZero(pad, 0, pad.length)) {
      problems.add(ArchiveProblem.at(header,
          "the padding after the data is not all zero bytes (belenios-tool pads with zeros)"));
    }
    return TarEntry.owning(header, data, problems);
  }

  /**
   * The data of the entry whose header {@link #nextHeader} just returned, as a stream that ends
   * after exactly the header's size, for an entry that need not be held at once (the verifier's
   * second read of a million credentials). Nothing is checked; the reader serves no further
   * entries, and closing the stream closes it.
   */
  public InputStream dataStream() throws IOException {
    TarHeader header = requireUnconsumed();
    currentConsumed = true;
    ended = true;
    return new InputStream() {
      private long left = header.size();

      @Override
      public int read() throws IOException {
        if (left == 0) {
          return -1;
        }
        int b = in.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) throws IOException {
        if (left == 0) {
          return count == 0 ? 0 : -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(count, left));
        if (read > 0) {
          left -= read;
        }
        return read;
      }

      @Override
      public void close() throws IOException {
        BelTarReader.this.close();
      }
    };
  }

  /** Steps over the data of the entry whose header {@link #nextHeader} just returned. */
  public void skipData() throws IOException {
    TarHeader header = requireUnconsumed();
    long toSkip = BelTarFormat.padded(header.size());
    if (length.isPresent()) {
      in.skipNBytes(toSkip); // checkFits proved these bytes exist
      position += toSkip;
    } else {
      long skipped = discard(toSkip);
      position += skipped;
      if (skipped < toSkip) {
        throw fail(header, "archive ends inside the data of " + header.name() + " (truncated archive)");
      }
    }
    currentConsumed = true;
  }

  /** Byte offset of the next unread byte. */
  public long position() {
    return position;
  }

  /**
   * Problems found after the last entry, known once {@link #next} or {@link #nextHeader} returned
   * empty: tar end-of-archive zero blocks, which belenios-tool never writes and cannot read.
   */
  public List<ArchiveProblem> endProblems() {
    if (!ended || trailingZeros == 0) return List.of();
    return List.of(ArchiveProblem.at(entries + 1, trailerOffset, String.format(
        "archive ends with %d zero bytes (tar end-of-archive blocks); belenios-tool writes none "
            + "and its election verify fails on them (\"Int64.of_string\"): remove them", trailingZeros)));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Up to {@code size} bytes, fewer only at the end of the stream. When the stream's length is
   * known and the entry fits in what is left, the array is allocated once at its final size: a
   * million credentials are a 620 MB entry, which readNBytes would hold twice while copying.
   * Otherwise (unknown length, or a size past the end: a truncated or corrupt archive) a large
   * entry is read as it arrives, so that a corrupt size field cannot force a huge allocation.
   */
  private byte[] readExactly(int size) throws IOException {
    boolean sizeIsPlausible = length.isPresent() && size <= length.getAsLong() - position;
    if (!sizeIsPlausible && size > UNCHECKED_EXACT_ALLOCATION) {
      return in.readNBytes(size);
    }
    byte[] data = new byte[size];
    int read = in.readNBytes(data, 0, size);
    return read == size ? data : Arrays.copyOf(data, read);
  }

  /** Entries up to this size are allocated at once even when the stream's length is unknown. */
  private static final int UNCHECKED_EXACT_ALLOCATION = 1 << 24;

  private TarHeader decode(byte[] block, int index, long offset) throws ArchiveFormatException {
    OptionalLong stored = BelTarFormat.octal(block, Field.CHECKSUM);
    long sum = BelTarFormat.checksum(block);
    if (stored.isEmpty()) {
      throw fail(index, offset, "header checksum field " + BelTarFormat.quote(Field.CHECKSUM.text(block))
          + " is not an octal number (corrupted header, or not a tar archive)");
    }
    if (stored.getAsLong() != sum) {
      throw fail(index, offset, String.format(
          "header checksum field says %o but the header bytes sum to %o (corrupted header)",
          stored.getAsLong(), sum));
    }
    List<ArchiveProblem> problems = new ArrayList<>();
    String name = name(block);
    long size = number(block, Field.SIZE, index, offset, name);
    long mtime = number(block, Field.MTIME, index, offset, name);
    TarHeader partial = new TarHeader(index, offset, name, size, mtime, List.of());
    nameProblem(name).ifPresent(p -> problems.add(ArchiveProblem.at(partial, p)));
    if (problems.isEmpty() && size <= BelTarFormat.MAX_OCTAL_11 && mtime <= BelTarFormat.MAX_OCTAL_11) {
      BelTarFormat.firstDifference(block, BelTarFormat.canonical(name, size, mtime))
          .ifPresent(p -> problems.add(ArchiveProblem.at(partial, p)));
    }
    return new TarHeader(index, offset, name, size, mtime, problems);
  }

  private static String name(byte[] block) {
    int end = 0;
    while (end < BelTarFormat.NAME_FIELD && block[end] != 0) end++;
    return new String(block, 0, end, StandardCharsets.ISO_8859_1);
  }

  private static Optional<String> nameProblem(String name) {
    if (name.isEmpty()) return Optional.of("the header has an empty name");
    if (name.length() >= BelTarFormat.NAME_FIELD) {
      return Optional.of("the name fills all 100 bytes of its field with no terminating NUL");
    }
    for (char c : name.toCharArray()) {
      if (c <= 0x20 || c >= 0x7f) {
        return Optional.of("the name contains a space, control or non-ASCII byte");
      }
    }
    return Optional.empty();
  }

  private long number(byte[] block, Field field, int index, long offset, String name)
      throws ArchiveFormatException {
    OptionalLong value = BelTarFormat.octal(block, field);
    if (value.isEmpty()) {
      String what = field.name().toLowerCase();
      throw fail(new ArchiveProblem(index, offset, Optional.of(name), "header field " + what + " "
          + BelTarFormat.quote(field.text(block)) + " is not an octal number (corrupted header)"));
    }
    return value.getAsLong();
  }

  private void checkFits(TarHeader header) throws ArchiveFormatException {
    if (length.isPresent() && header.nextOffset() > length.getAsLong()) {
      long present = Math.max(0, Math.min(header.size(), length.getAsLong() - header.dataOffset()));
      String where = present < header.size() ? "data" : "zero padding after the data";
      throw fail(header, String.format(
          "archive ends inside the %s of %s: header says %d bytes, only %d present (truncated archive)",
          where, header.name(), header.size(), present));
    }
  }

  /** After a zero block only zeros may follow (GNU tar pads to 10 KiB records). */
  private void readTrailer(long offset, int firstBlockBytes) throws IOException {
    ended = true;
    trailerOffset = offset;
    position += firstBlockBytes;
    trailingZeros = firstBlockBytes;
    byte[] buffer = new byte[8192];
    for (int n; (n = readUpTo(buffer, buffer.length)) > 0; ) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] != 0) {
          throw fail(entries + 1, offset, String.format(
              "non-zero byte at %d after the tar end-of-archive zero block: "
                  + "entries follow an end marker (archives concatenated?)", position + i));
        }
      }
      position += n;
      trailingZeros += n;
    }
  }

  private TarHeader requireUnconsumed() throws ArchiveFormatException {
    if (failure != null) throw failure;
    if (current == null || currentConsumed) {
      throw new IllegalStateException("call nextHeader() before reading or skipping data");
    }
    return current;
  }

  private int readUpTo(byte[] buffer, int count) throws IOException {
    return in.readNBytes(buffer, 0, count);
  }

  private long discard(long count) throws IOException {
    byte[] buffer = new byte[8192];
    long done = 0;
    while (done < count) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, count - done));
      if (n < 0) break;
      done += n;
    }
    return done;
  }

  private ArchiveFormatException fail(TarHeader header, String message) {
    return fail(ArchiveProblem.at(header, message));
  }

  private ArchiveFormatException fail(int index, long offset, String message) {
    return fail(ArchiveProblem.at(index, offset, message));
  }

  /** Remembers the failure: the stream position is lost, so every later call repeats it. */
  private ArchiveFormatException fail(ArchiveProblem problem) {
    failure = new ArchiveFormatException(problem);
    return failure;
  }
}
