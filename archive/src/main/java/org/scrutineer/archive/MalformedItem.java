package org.scrutineer.archive;

import java.util.List;
import java.util.Objects;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarEntry;

/**
 * Belenios spec 2.0 §4.4: an entry whose name is neither {@code HASH.data.json} nor {@code
 * HASH.event.json}, or an event whose JSON Scrutineer refuses. Its problems say which; it is never
 * empty of problems.
 */
public record MalformedItem(TarEntry entry, String hash, List<ArchiveProblem> problems) implements ArchiveItem {
  public MalformedItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(hash, "hash");
    problems = List.copyOf(problems);
    if (problems.isEmpty()) throw new IllegalArgumentException("a malformed item must say what is wrong");
  }
}
