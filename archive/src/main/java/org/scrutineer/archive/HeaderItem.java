package org.scrutineer.archive;

import java.util.List;
import java.util.Objects;
import org.scrutineer.archive.event.ArchiveHeader;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarEntry;

/** Belenios spec 2.0 §4.4: the {@code BELENIOS} entry that opens every archive. */
public record HeaderItem(TarEntry entry, String hash, ArchiveHeader header, List<ArchiveProblem> problems)
    implements ArchiveItem {
  public HeaderItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(header, "header");
    problems = List.copyOf(problems);
  }
}
