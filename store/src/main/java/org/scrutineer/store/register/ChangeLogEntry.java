package org.scrutineer.store.register;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the change log: what an import did to one record, or to one field of it.
 *
 * @param seq the position within the import (key order)
 * @param kind the record's kind ({@code member}, {@code clp}, …)
 * @param field for {@link Change#CHANGED}: the field; empty otherwise
 * @param before for {@link Change#CHANGED}: the field's old canonical text ("" for no value)
 * @param after for {@link Change#CHANGED}: its new text
 */
public record ChangeLogEntry(long importId, Instant importedAt, long seq, String kind, String recordKey, Change change, Optional<String> field, Optional<String> before, Optional<String> after) {
  public ChangeLogEntry {
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordKey, "recordKey");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** {@code 3 2016-08-12T09:00:00Z member:L001 changed email "a@x.org" -> "b@x.org"}. */
  @Override
  public String toString() {
    String line = importId + " " + importedAt + " " + recordKey + " " + change.key();
    return field.isEmpty() ? line : line + " " + field.get() + " \"" + before.orElse("") + "\" -> \"" + after.orElse("") + "\"";
  }

  /** What happened to the record. */
  public enum Change {
    ADDED,
    CHANGED,
    WITHDRAWN,
    RETURNED;

    /** As stored and shown: {@code added}, {@code changed}, {@code withdrawn}, {@code returned}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Change fromKey(String key) {
      return Arrays.stream(values()).filter(change -> change.key().equals(key)).findFirst().orElseThrow(() -> new IllegalStateException("unknown change_kind " + key));
    }
  }
}
