package org.scrutineer.archive;

import java.util.List;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarEntry;

/**
 * One entry of a Belenios archive (Belenios spec 2.0 §4.4 "Public data"), typed by its name: the
 * header, a data file, an event, or an entry Scrutineer could not make sense of. Every item keeps
 * its exact bytes and their SHA-256, since names and links are hashes over exact bytes.
 */
public sealed interface ArchiveItem permits HeaderItem, DataItem, EventItem, MalformedItem {
  /** The tar entry: name, position and exact bytes. */
  TarEntry entry();

  /** Lowercase hex SHA-256 of the entry's bytes, as computed (not as the name claims). */
  String hash();

  /** What is wrong with this entry, each located; empty when it is as belenios-tool writes it. */
  List<ArchiveProblem> problems();

  /** A copy of the entry's exact bytes. */
  default byte[] bytes() {
    return entry().data();
  }

  /** 1-based entry number ({@code BELENIOS} is 1), as {@code tar -tf} lists entries. */
  default int index() {
    return entry().index();
  }
}
