package org.scrutineer.store.register;

import java.util.Objects;
import java.util.Optional;

/** Which lines of the change log to list: all, one import's, or one record's history. */
public record ChangeLogQuery(Optional<Long> importId, Optional<String> recordKey) {
  public ChangeLogQuery {
    Objects.requireNonNull(importId, "importId");
    Objects.requireNonNull(recordKey, "recordKey");
  }

  public static ChangeLogQuery all() {
    return new ChangeLogQuery(Optional.empty(), Optional.empty());
  }

  public static ChangeLogQuery ofImport(long importId) {
    return new ChangeLogQuery(Optional.of(importId), Optional.empty());
  }

  /** The history of one record, by its key ({@code member:L0012345}, {@code clp:E14000530}). */
  public static ChangeLogQuery ofRecord(String recordKey) {
    return new ChangeLogQuery(Optional.empty(), Optional.of(recordKey));
  }
}
