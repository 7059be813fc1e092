package org.scrutineer.archive.tar;

import java.util.List;
import java.util.Objects;

/**
 * One decoded tar header of a Belenios archive (Belenios spec 2.0 §4.4 "Public data").
 *
 * @param index 1-based entry number, as {@code tar -tf} lists entries
 * @param offset byte offset of the 512-byte header block
 * @param name entry name ({@code BELENIOS}, {@code HASH.data.json} or {@code HASH.event.json})
 * @param size number of data bytes (the data is then padded with zeros to a multiple of 512)
 * @param mtime modification time, Unix seconds; belenios-tool writes the archive timestamp
 * @param problems header bytes that differ from what belenios-tool writes; the entry is still
 *     readable, but {@code belenios-tool election verify} would reject the archive
 */
public record TarHeader(int index, long offset, String name, long size, long mtime, List<ArchiveProblem> problems) {
  public TarHeader {
    Objects.requireNonNull(name, "name");
    problems = List.copyOf(problems);
  }

  /** Offset of the first data byte: right after the header block. */
  public long dataOffset() {
    return offset + BelTarFormat.BLOCK;
  }

  /** Offset of the next header: after the data, padded to a whole block. */
  public long nextOffset() {
    return dataOffset() + BelTarFormat.padded(size);
  }
}
