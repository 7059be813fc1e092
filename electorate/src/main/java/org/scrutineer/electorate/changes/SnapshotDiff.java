package org.scrutineer.electorate.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the stored snapshot of one kind with a newly imported one. An extract of a kind is the
 * whole list of that kind, so:
 *
 * <ul>
 *   <li>a record only in the new one is {@linkplain RecordChange.Added added};
 *   <li>a present record in both is unchanged, or {@linkplain RecordChange.Changed changed} field by field;
 *   <li>a present record missing from the new one is {@linkplain RecordChange.Withdrawn withdrawn}:
 *       it is kept, never deleted, and leaves the register that evaluation sees;
 *   <li>a withdrawn record in the new one has {@linkplain RecordChange.Returned returned};
 *   <li>a withdrawn record still missing is no change.
 * </ul>
 *
 * <p>The stored rows are read once, in any order, as an {@link Iterable} the caller streams (a
 * database cursor): only the new snapshot is held in memory, which the caller holds anyway.
 */
public final class SnapshotDiff {
  private SnapshotDiff() {}

  /**
   * @param stored every stored row of the kind, present or withdrawn, each key once
   * @param incoming the new snapshot, each key once (the extract reader reports duplicates)
   */
  public static <R> SnapshotChanges<R> between(RecordKind<R> kind, Iterable<StoredRow> stored, List<R> incoming) {
    Map<String, R> fresh = new HashMap<>(Math.max(16, incoming.size() * 4 / 3 + 1));
    for (R record : incoming) {
      String key = kind.key(record);
      if (fresh.putIfAbsent(key, record) != null) {
        throw new IllegalArgumentException(key + " appears twice in the new " + kind + " snapshot");
      }
    }
    List<RecordChange<R>> changes = new ArrayList<>();
    long unchanged = 0;
    for (StoredRow row : stored) {
      String key = kind.keyOfValues(row.values());
      R record = fresh.remove(key);
      if (record == null) {
        if (row.present()) {
          changes.add(new RecordChange.Withdrawn<>(key, row.values()));
        }
        continue;
      }
      List<FieldChange> fields = fieldChanges(kind, row.values(), kind.values(record));
      if (!row.present()) {
        changes.add(new RecordChange.Returned<>(key, record, fields));
      } else if (fields.isEmpty()) {
        unchanged++;
      } else {
        changes.add(new RecordChange.Changed<>(key, record, fields));
      }
    }
    fresh.forEach((key, record) -> changes.add(new RecordChange.Added<>(key, record)));
    changes.sort(Comparator.comparing(RecordChange::key));
    return new SnapshotChanges<>(kind, changes, unchanged);
  }

  /** The compared (non-key) fields whose text differs, in field order. */
  static List<FieldChange> fieldChanges(RecordKind<?> kind, List<String> before, List<String> after) {
    List<FieldChange> changes = List.of();
    for (int i = kind.keyFields(); i < kind.fields().size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        if (changes.isEmpty()) {
          changes = new ArrayList<>(2);
        }
        changes.add(new FieldChange(kind.fields().get(i), before.get(i), after.get(i)));
      }
    }
    return changes;
  }
}
