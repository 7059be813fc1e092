package org.scrutineer.archive;

import java.util.List;
import java.util.Objects;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarEntry;

/**
 * Belenios spec 2.0 §4.4: a {@code HASH.event.json} entry whose JSON parsed; its problems include
 * breaks of the chain (height, parent) found while reading.
 */
public record EventItem(TarEntry entry, String hash, Event event, List<ArchiveProblem> problems)
    implements ArchiveItem {
  public EventItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(event, "event");
    problems = List.copyOf(problems);
  }
}
