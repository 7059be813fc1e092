package org.scrutineer.store.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.changes.ExclusionAppend;
import org.scrutineer.electorate.changes.FieldChange;
import org.scrutineer.electorate.changes.RecordChange;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.changes.SnapshotChanges;
import org.scrutineer.electorate.changes.SnapshotDiff;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;

/**
 * One import, inside the write transaction the store opened: compute every kind's changes against
 * a streamed read of what is stored, refuse what only the store can see is wrong, and write nothing
 * when nothing changes; otherwise write the import, its files, the records and the change log.
 */
final class ImportTransaction {
  private final Handle handle;
  private final Extract extract;
  private final ImportSource source;
  private final Instant now;
  private final java.util.function.Consumer<String> progress;

  ImportTransaction(Handle handle, Extract extract, ImportSource source, Instant now, java.util.function.Consumer<String> progress) {
    this.handle = handle;
    this.extract = extract;
    this.source = source;
    this.now = now;
    this.progress = progress;
  }

  /** A kind of the extract with its new snapshot. */
  private record Snapshot<R>(RecordKind<R> kind, List<R> records) {}

  /** A kind of membership record, and its new snapshot if the extract gives one. */
  private record RecordsOfKind(RecordKind<?> kind, Optional<List<MembershipRecord>> given) {}

  ImportOutcome run() {
    List<SnapshotChanges<?>> snapshots = new ArrayList<>();
    for (Snapshot<?> snapshot : snapshots(extract)) {
      SnapshotChanges<?> changes = diff(snapshot);
      snapshots.add(changes);
      KindCounts c = counts(changes);
      progress.accept(String.format("compared %,d %s records with the store: %,d added, %,d changed, %,d returned, %,d withdrawn", snapshot.records().size(), snapshot.kind().name(), c.added(), c.changed(), c.returned(), c.withdrawn()));
    }
    Optional<ExclusionAppend.Result> exclusions = extract.exclusions().map(list -> ExclusionAppend.between(Table.of(RecordKind.EXCLUSION).values(handle, ""), list));

    List<InputProblem> problems = new ArrayList<>();
    exclusions.ifPresent(result -> result.conflicts().forEach(conflict -> problems.add(new InputProblem(
        fileName(RecordKind.EXCLUSION),
        0,
        "reason",
        "the decision " + conflict.key() + " is recorded with the reason \"" + conflict.recordedReason() + "\", but this file gives \"" + conflict.givenReason()
            + "\"; a recorded decision is not edited: give the recorded reason, or record a new decision with its own decided_at"))));
    problems.addAll(clpsStillNamed(snapshots));
    if (!problems.isEmpty()) {
      handle.rollback();
      return new ImportOutcome.Rejected(problems);
    }

    Map<String, KindCounts> counts = new LinkedHashMap<>();
    snapshots.forEach(changes -> counts.put(changes.kind().name(), counts(changes)));
    exclusions.ifPresent(result -> counts.put(RecordKind.EXCLUSION.name(), new KindCounts(result.added().size(), 0, 0, 0, result.unchanged())));
    if (counts.values().stream().allMatch(KindCounts::isNoOp)) {
      Optional<Long> same = sameFilesAs();
      handle.rollback();
      return new ImportOutcome.NoOp(counts, same);
    }

    long id = handle.createQuery("SELECT last_import FROM register_state WHERE id = 1").mapTo(Long.class).one() + 1;
    handle.createUpdate("INSERT INTO imports (id, imported_at) VALUES (?, ?)").bind(0, id).bind(1, now.toString()).execute();
    List<StoredImport.ImportedFile> files = new ArrayList<>();
    try (Batch fileRows = new Batch(handle, "INSERT INTO import_files (import_id, kind, file_name, sha256, added, changed, returned, withdrawn, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      counts.forEach((kind, count) -> {
        ImportSource.File file = source.files().stream().filter(f -> f.kind().name().equals(kind)).findFirst().orElseThrow();
        files.add(new StoredImport.ImportedFile(kind, file.name(), file.sha256(), count));
        fileRows.add(List.of(id, kind, file.name(), file.sha256(), count.added(), count.changed(), count.returned(), count.withdrawn(), count.unchanged()));
      });
    }
    try (ChangeLogWriter log = new ChangeLogWriter(handle, id)) {
      for (SnapshotChanges<?> changes : snapshots) {
        write(changes, id, log);
        progress.accept(String.format("wrote the %s changes of import %d (not committed yet)", changes.kind().name(), id));
      }
      exclusions.ifPresent(result -> write(result.added(), id, log));
    }
    handle.createUpdate("UPDATE register_state SET last_import = ? WHERE id = 1").bind(0, id).execute();
    return new ImportOutcome.Applied(new StoredImport(id, now, files));
  }

  private static List<Snapshot<?>> snapshots(Extract extract) {
    List<Snapshot<?>> snapshots = new ArrayList<>();
    extract.clps().ifPresent(list -> snapshots.add(new Snapshot<>(RecordKind.CLP, list)));
    extract.members().ifPresent(list -> snapshots.add(new Snapshot<>(RecordKind.MEMBER, list)));
    extract.registeredSupporters().ifPresent(list -> snapshots.add(new Snapshot<>(RecordKind.REGISTERED_SUPPORTER, list)));
    extract.affiliatedSupporters().ifPresent(list -> snapshots.add(new Snapshot<>(RecordKind.AFFILIATED_SUPPORTER, list)));
    return snapshots;
  }

  /** The kinds an extract gives, in the order they are applied (exclusions last). */
  static List<RecordKind<?>> kinds(Extract extract) {
    List<RecordKind<?>> kinds = new ArrayList<>();
    snapshots(extract).forEach(snapshot -> kinds.add(snapshot.kind()));
    extract.exclusions().ifPresent(list -> kinds.add(RecordKind.EXCLUSION));
    return kinds;
  }

  private <R> SnapshotChanges<R> diff(Snapshot<R> snapshot) {
    return SnapshotDiff.between(snapshot.kind(), Table.of(snapshot.kind()).storedRows(handle), snapshot.records());
  }

  private static KindCounts counts(SnapshotChanges<?> changes) {
    return new KindCounts(changes.added(), changes.changed(), changes.returned(), changes.withdrawn(), changes.unchanged());
  }

  /**
   * A CLP that this import's clps file drops, but which present records still name once the import
   * is applied (the extract reader checks records only against the union of stored and new CLPs).
   */
  private List<InputProblem> clpsStillNamed(List<SnapshotChanges<?>> snapshots) {
    Set<String> dropped = new TreeSet<>();
    snapshots.stream().filter(changes -> changes.kind() == RecordKind.CLP).flatMap(changes -> changes.changes().stream())
        .filter(RecordChange.Withdrawn.class::isInstance).forEach(change -> dropped.add(((RecordChange.Withdrawn<?>) change).lastValues().get(0)));
    if (dropped.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Long>> named = new TreeMap<>(); // code -> kind -> present records naming it
    List<RecordsOfKind> recordKinds = List.of(
        new RecordsOfKind(RecordKind.MEMBER, extract.members().map(List::copyOf)),
        new RecordsOfKind(RecordKind.REGISTERED_SUPPORTER, extract.registeredSupporters().map(List::copyOf)),
        new RecordsOfKind(RecordKind.AFFILIATED_SUPPORTER, extract.affiliatedSupporters().map(List::copyOf)));
    for (RecordsOfKind records : recordKinds) {
      String kind = records.kind().name();
      if (records.given().isPresent()) {
        for (MembershipRecord record : records.given().get()) {
          if (dropped.contains(record.contact().clp())) {
            named.computeIfAbsent(record.contact().clp(), code -> new TreeMap<>()).merge(kind, 1L, Long::sum);
          }
        }
      } else {
        handle.createQuery("SELECT clp, COUNT(*) FROM " + Table.of(records.kind()).name + " WHERE present = 1 GROUP BY clp")
            .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .forEach(entry -> {
              if (dropped.contains(entry.getKey())) {
                named.computeIfAbsent(entry.getKey(), code -> new TreeMap<>()).merge(kind, entry.getValue(), Long::sum);
              }
            });
      }
    }
    List<InputProblem> problems = new ArrayList<>();
    named.forEach((code, kinds) -> problems.add(new InputProblem(
        fileName(RecordKind.CLP),
        0,
        "code",
        "\"" + code + "\" is missing from this file, but present records still name it (" + kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("")
            + "); keep the CLP in the file, or import those records with their new CLP in the same import")));
    return problems;
  }

  private String fileName(RecordKind<?> kind) {
    return source.file(kind).map(ImportSource.File::name).orElse(kind.name());
  }

  /** The latest import that had, for every file of this one, a file of the same kind with the same SHA-256. */
  private Optional<Long> sameFilesAs() {
    Map<Long, Map<String, String>> earlier = new TreeMap<>();
    handle.createQuery("SELECT import_id, kind, sha256 FROM import_files").map((rs, ctx) -> List.of(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3)))
        .forEach(row -> earlier.computeIfAbsent(Long.parseLong(row.get(0)), id -> new LinkedHashMap<>()).put(row.get(1), row.get(2)));
    Optional<Long> latest = Optional.empty();
    for (Map.Entry<Long, Map<String, String>> entry : earlier.entrySet()) {
      boolean same = !source.files().isEmpty() && source.files().stream().allMatch(file -> file.sha256().equals(entry.getValue().get(file.kind().name())));
      if (same) {
        latest = Optional.of(entry.getKey());
      }
    }
    return latest;
  }

  private <R> void write(SnapshotChanges<R> changes, long id, ChangeLogWriter log) {
    RecordKind<R> kind = changes.kind();
    Table table = Table.of(kind);
    int keyFields = kind.keyFields();
    try (Batch inserts = new Batch(handle, table.insert());
        Batch updates = new Batch(handle, table.update());
        Batch withdrawals = new Batch(handle, table.withdraw())) {
      for (RecordChange<R> change : changes.changes()) {
        if (change instanceof RecordChange.Added<R> added) {
          List<Object> row = new ArrayList<>(kind.values(added.record()));
          row.addAll(List.of(1L, id, id));
          inserts.add(row);
          log.record(kind, added.key(), ChangeLogEntry.Change.ADDED);
        } else if (change instanceof RecordChange.Changed<R> changed) {
          updates.add(updateRow(kind.values(changed.record()), keyFields, id));
          log.fields(kind, changed.key(), changed.fields());
        } else if (change instanceof RecordChange.Returned<R> returned) {
          updates.add(updateRow(kind.values(returned.record()), keyFields, id));
          log.record(kind, returned.key(), ChangeLogEntry.Change.RETURNED);
          log.fields(kind, returned.key(), returned.fields());
        } else if (change instanceof RecordChange.Withdrawn<R> withdrawn) {
          List<Object> row = new ArrayList<>(keyFields + 1);
          row.add(id);
          row.addAll(withdrawn.lastValues().subList(0, keyFields));
          withdrawals.add(row);
          log.record(kind, withdrawn.key(), ChangeLogEntry.Change.WITHDRAWN);
        }
      }
    }
  }

  private static List<Object> updateRow(List<String> values, int keyFields, long id) {
    List<Object> row = new ArrayList<>(values.size() + 1);
    row.addAll(values.subList(keyFields, values.size()));
    row.add(id);
    row.addAll(values.subList(0, keyFields));
    return row;
  }

  private void write(List<Exclusion> added, long id, ChangeLogWriter log) {
    RecordKind<Exclusion> kind = RecordKind.EXCLUSION;
    try (Batch inserts = new Batch(handle, Table.of(kind).insert())) {
      for (Exclusion exclusion : added) {
        List<Object> row = new ArrayList<>(kind.values(exclusion));
        row.add(id);
        inserts.add(row);
        log.record(kind, kind.key(exclusion), ChangeLogEntry.Change.ADDED);
      }
    }
  }

  /** Appends the import's change-log rows, numbered in the order written. */
  private static final class ChangeLogWriter implements AutoCloseable {
    private final Batch rows;
    private final long importId;
    private long seq;

    ChangeLogWriter(Handle handle, long importId) {
      this.rows = new Batch(handle, "INSERT INTO change_log (import_id, seq, kind, record_key, change_kind, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      this.importId = importId;
    }

    void record(RecordKind<?> kind, String key, ChangeLogEntry.Change change) {
      rows.add(java.util.Arrays.asList(importId, ++seq, kind.name(), key, change.key(), null, null, null));
    }

    void fields(RecordKind<?> kind, String key, List<FieldChange> fields) {
      for (FieldChange field : fields) {
        rows.add(List.of(importId, ++seq, kind.name(), key, ChangeLogEntry.Change.CHANGED.key(), field.field(), field.before(), field.after()));
      }
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
