package org.scrutineer.archive.tar;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a Belenios archive (Belenios spec 2.0 §4.4 "Public data"): its header and its exact
 * data bytes. Hashes are over exact bytes, so the bytes are kept as read, never re-encoded; a class
 * rather than a record so that the array is copied on the way in and out.
 */
public final class TarEntry {
  private final TarHeader header;
  private final byte[] data;
  private final List<ArchiveProblem> problems;

  /**
   * @param header the decoded header
   * @param data exactly {@code header.size()} bytes
   * @param paddingProblems problems found in the zero padding after the data
   */
  public TarEntry(TarHeader header, byte[] data, List<ArchiveProblem> paddingProblems) {
    this(header, paddingProblems, data.clone());
  }

  /**
   * An entry that takes over {@code data}, for {@link BelTarReader}, which allocated it and keeps
   * no reference: a million credentials are a 620 MB entry, which a copy would hold twice.
   */
  static TarEntry owning(TarHeader header, byte[] data, List<ArchiveProblem> paddingProblems) {
    return new TarEntry(header, paddingProblems, data);
  }

  private TarEntry(TarHeader header, List<ArchiveProblem> paddingProblems, byte[] ownedData) {
    this.header = Objects.requireNonNull(header, "header");
    if (ownedData.length != header.size()) {
      throw new IllegalArgumentException("header says " + header.size() + " bytes, got " + ownedData.length);
    }
    this.data = ownedData;
    List<ArchiveProblem> all = new ArrayList<>(header.problems());
    all.addAll(paddingProblems);
    this.problems = List.copyOf(all);
  }

  public TarHeader header() {
    return header;
  }

  /** Entry name, e.g. {@code 3f2a….data.json}. */
  public String name() {
    return header.name();
  }

  /** 1-based entry number. */
  public int index() {
    return header.index();
  }

  /** Byte offset of the header block. */
  public long offset() {
    return header.offset();
  }

  public int size() {
    return data.length;
  }

  /** A copy of the exact data bytes. */
  public byte[] data() {
    return data.clone();
  }

  /** The data without copying: a read-only view, for hashing or parsing in place. */
  public ByteBuffer dataBuffer() {
    return ByteBuffer.wrap(data).asReadOnlyBuffer();
  }

  /** Header and padding bytes that differ from belenios-tool's; empty for a canonical entry. */
  public List<ArchiveProblem> problems() {
    return problems;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TarEntry other && header.equals(other.header) && Arrays.equals(data, other.data)
        && problems.equals(other.problems);
  }

  @Override
  public int hashCode() {
    return 31 * header.hashCode() + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "TarEntry[" + header.index() + " " + header.name() + ", " + data.length + " bytes]";
  }
}
