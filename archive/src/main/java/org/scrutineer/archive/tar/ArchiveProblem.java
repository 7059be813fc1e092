package org.scrutineer.archive.tar;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem in a Belenios archive (Belenios spec 2.0 §4.4 "Public data"), located so a person can
 * find it: entries are numbered from 1 in the order {@code tar -tf} lists them ({@code BELENIOS} is
 * entry 1) and {@code offset} is the byte where the entry's 512-byte header starts ({@code xxd -s}).
 *
 * @param entry 1-based entry number
 * @param offset byte offset of the entry's header block
 * @param entryName the entry's name when it could be read
 * @param message what is wrong and, where known, what likely caused it
 */
public record ArchiveProblem(int entry, long offset, Optional<String> entryName, String message) {
  public ArchiveProblem {
    if (entry < 1) throw new IllegalArgumentException("entry numbers start at 1, got " + entry);
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    Objects.requireNonNull(entryName, "entryName");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with the entry described by {@code header}. */
  public static ArchiveProblem at(TarHeader header, String message) {
    return new ArchiveProblem(header.index(), header.offset(), Optional.of(header.name()), message);
  }

  /** A problem at a position where no entry name could be read (end of archive, unreadable header). */
  public static ArchiveProblem at(int entry, long offset, String message) {
    return new ArchiveProblem(entry, offset, Optional.empty(), message);
  }

  /** {@code entry 57 (NAME) at byte 29184: message}. */
  @Override
  public String toString() {
    return "entry " + entry + entryName.map(n -> " (" + n + ")").orElse("") + " at byte " + offset + ": " + message;
  }
}
