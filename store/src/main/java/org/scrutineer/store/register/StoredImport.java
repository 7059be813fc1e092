package org.scrutineer.store.register;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An import that changed the register: its id (1, 2, … in order), when, and what each file did. */
public record StoredImport(long id, Instant importedAt, List<ImportedFile> files) {
  public StoredImport {
    Objects.requireNonNull(importedAt, "importedAt");
    files = List.copyOf(files);
  }

  /** Per kind name ({@code member}, {@code clp}, …), in the order the files are listed. */
  public Map<String, KindCounts> counts() {
    Map<String, KindCounts> counts = new LinkedHashMap<>();
    files.forEach(file -> counts.put(file.kind(), file.counts()));
    return counts;
  }

  /** One file of an import: its kind's name, file name, SHA-256 (hex) and what it changed. */
  public record ImportedFile(String kind, String name, String sha256, KindCounts counts) {
    public ImportedFile {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(counts, "counts");
    }
  }
}
