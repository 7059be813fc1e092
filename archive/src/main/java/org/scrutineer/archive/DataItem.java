package org.scrutineer.archive;

import java.util.List;
import java.util.Objects;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarEntry;

/**
 * Belenios spec 2.0 §4.4: a {@code HASH.data.json} entry: election, trustees, credentials,
 * setup_data, a ballot, a tally, a shuffle, a partial decryption or the result. What it is depends
 * on the event that refers to it.
 */
public record DataItem(TarEntry entry, String hash, List<ArchiveProblem> problems) implements ArchiveItem {
  public DataItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(hash, "hash");
    problems = List.copyOf(problems);
  }
}
