package org.scrutineer.electorate.changes;

import java.util.List;
import java.util.Objects;

/**
 * What replacing the stored snapshot of one kind by a newly imported one changes: every change in
 * key order (so the result does not depend on the order of either input), and how many present
 * records stayed exactly as they were.
 */
public record SnapshotChanges<R>(RecordKind<R> kind, List<RecordChange<R>> changes, long unchanged) {
  public SnapshotChanges {
    Objects.requireNonNull(kind, "kind");
    changes = List.copyOf(changes);
    if (unchanged < 0) {
      throw new IllegalArgumentException("unchanged " + unchanged);
    }
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long added() {
    return count(RecordChange.Added.class);
  }

  public long changed() {
    return count(RecordChange.Changed.class);
  }

  public long returned() {
    return count(RecordChange.Returned.class);
  }

  public long withdrawn() {
    return count(RecordChange.Withdrawn.class);
  }

  @SuppressWarnings("rawtypes")
  private long count(Class<? extends RecordChange> type) {
    return changes.stream().filter(type::isInstance).count();
  }
}
