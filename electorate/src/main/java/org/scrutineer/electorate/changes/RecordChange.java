package org.scrutineer.electorate.changes;

import java.util.List;
import java.util.Objects;

/**
 * What a newer extract did to one record of a kind. Nothing is ever deleted: a record the extract
 * no longer has is {@link Withdrawn} (kept with its last values), and comes back as {@link Returned}.
 */
public sealed interface RecordChange<R> {
  /** The record's key, {@link RecordKind#key}. */
  String key();

  /** A record no earlier extract of its kind had. */
  record Added<R>(String key, R record) implements RecordChange<R> {
    public Added {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(record, "record");
    }
  }

  /** A present record whose fields changed (at least one). */
  record Changed<R>(String key, R record, List<FieldChange> fields) implements RecordChange<R> {
    public Changed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(record, "record");
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a changed record has a changed field: " + key);
      }
    }
  }

  /** A withdrawn record the new extract has again; {@code fields} are those that differ from its last values (may be none). */
  record Returned<R>(String key, R record, List<FieldChange> fields) implements RecordChange<R> {
    public Returned {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(record, "record");
      fields = List.copyOf(fields);
    }
  }

  /** A present record the new extract does not have: kept with {@code lastValues}, out of the register. */
  record Withdrawn<R>(String key, List<String> lastValues) implements RecordChange<R> {
    public Withdrawn {
      Objects.requireNonNull(key, "key");
      lastValues = List.copyOf(lastValues);
    }
  }
}
