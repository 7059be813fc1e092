package org.scrutineer.store.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.store.database.Database;

/** {@link RegisterStore} in plain SQL that SQLite and PostgreSQL both run (docs/store.md). */
final class SqlRegisterStore implements RegisterStore {
  /** Exclusions whose record is present: evaluation links an exclusion through its record. */
  private static final String PRESENT_EXCLUSIONS = "(section = 'member' AND EXISTS (SELECT 1 FROM members m WHERE m.membership_number = exclusions.reference AND m.present = 1))"
      + " OR (section = 'registered_supporter' AND EXISTS (SELECT 1 FROM registered_supporters r WHERE r.reference = exclusions.reference AND r.present = 1))"
      + " OR (section = 'affiliated_supporter' AND EXISTS (SELECT 1 FROM affiliated_supporters a WHERE a.affiliate = exclusions.affiliate AND a.reference = exclusions.reference AND a.present = 1))";

  private static final List<RecordKind<? extends MembershipRecord>> RECORD_KINDS = List.of(RecordKind.MEMBER, RecordKind.REGISTERED_SUPPORTER, RecordKind.AFFILIATED_SUPPORTER);

  private final Database database;
  private final Clock clock;

  SqlRegisterStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ImportOutcome importExtract(Extract extract, ImportSource source, java.util.function.Consumer<String> progress) {
    List<RecordKind<?>> kinds = ImportTransaction.kinds(extract);
    for (RecordKind<?> kind : kinds) {
      if (source.file(kind).isEmpty()) {
        throw new IllegalArgumentException("the extract gives " + kind + " records but the import source names no file for them: " + source.files());
      }
    }
    for (ImportSource.File file : source.files()) {
      if (!kinds.contains(file.kind())) {
        throw new IllegalArgumentException("the import source names " + file.name() + " for " + file.kind() + " records, which the extract does not give");
      }
    }
    return database.inWriteTransaction(handle -> new ImportTransaction(handle, extract, source, clock.instant(), progress).run());
  }

  @Override
  public Register register() {
    return database.inReadTransaction(handle -> {
      List<Clp> clps = new ArrayList<>();
      Table.of(RecordKind.CLP).values(handle, "present = 1").forEach(values -> clps.add(RecordKind.CLP.record(values)));
      List<MembershipRecord> records = new ArrayList<>();
      for (RecordKind<? extends MembershipRecord> kind : RECORD_KINDS) {
        read(handle, kind, records);
      }
      sortByKey(records);
      List<Exclusion> exclusions = new ArrayList<>();
      Table.of(RecordKind.EXCLUSION).values(handle, PRESENT_EXCLUSIONS).forEach(values -> exclusions.add(RecordKind.EXCLUSION.record(values)));
      exclusions.sort(Comparator.comparing(RecordKind.EXCLUSION::key));
      return Register.of(clps, records, exclusions);
    });
  }

  /**
   * Sorts by key, each key made once: {@code MembershipRecord.key()} builds a new key at every call,
   * and comparing through it made sorting a million records take seconds.
   */
  private static void sortByKey(List<MembershipRecord> records) {
    List<Map.Entry<RecordKey, MembershipRecord>> keyed = new ArrayList<>(records.size());
    records.forEach(record -> keyed.add(Map.entry(record.key(), record)));
    keyed.sort(Map.Entry.comparingByKey());
    records.clear();
    keyed.forEach(entry -> records.add(entry.getValue()));
  }

  private static <R extends MembershipRecord> void read(Handle handle, RecordKind<R> kind, List<MembershipRecord> into) {
    Table.of(kind).values(handle, "present = 1").forEach(values -> into.add(kind.record(values)));
  }

  @Override
  public List<Exclusion> exclusionsOfWithdrawnRecords() {
    return database.inReadTransaction(handle -> {
      List<Exclusion> exclusions = new ArrayList<>();
      Table.of(RecordKind.EXCLUSION).values(handle, "NOT (" + PRESENT_EXCLUSIONS + ")").forEach(values -> exclusions.add(RecordKind.EXCLUSION.record(values)));
      exclusions.sort(Comparator.comparing(RecordKind.EXCLUSION::key));
      return List.copyOf(exclusions);
    });
  }

  @Override
  public Set<String> storedClpCodes() {
    return database.inReadTransaction(handle -> Set.copyOf(handle.createQuery("SELECT code FROM clps WHERE present = 1").mapTo(String.class).list()));
  }

  @Override
  public Set<RecordKey> storedRecordKeys() {
    return database.inReadTransaction(handle -> {
      Set<RecordKey> keys = new HashSet<>();
      handle.createQuery("SELECT membership_number FROM members").setFetchSize(Table.FETCH).mapTo(String.class).forEach(number -> keys.add(RecordKey.member(number)));
      handle.createQuery("SELECT reference FROM registered_supporters").setFetchSize(Table.FETCH).mapTo(String.class).forEach(reference -> keys.add(RecordKey.registeredSupporter(reference)));
      handle.createQuery("SELECT affiliate, reference FROM affiliated_supporters").setFetchSize(Table.FETCH)
          .map((rs, ctx) -> RecordKey.affiliatedSupporter(rs.getString(1), rs.getString(2)))
          .forEach(keys::add);
      return java.util.Collections.unmodifiableSet(keys);
    });
  }

  @Override
  public List<ChangeLogEntry> changeLog(ChangeLogQuery query) {
    StringBuilder sql = new StringBuilder(
        "SELECT c.import_id, i.imported_at, c.seq, c.kind, c.record_key, c.change_kind, c.field, c.old_value, c.new_value FROM change_log c JOIN imports i ON i.id = c.import_id WHERE 1 = 1");
    query.importId().ifPresent(id -> sql.append(" AND c.import_id = :import"));
    query.recordKey().ifPresent(key -> sql.append(" AND c.record_key = :record"));
    sql.append(" ORDER BY c.import_id, c.seq");
    return database.inReadTransaction(handle -> {
      Query select = handle.createQuery(sql.toString());
      query.importId().ifPresent(id -> select.bind("import", id.longValue()));
      query.recordKey().ifPresent(key -> select.bind("record", key));
      return select.setFetchSize(Table.FETCH).map((rs, ctx) -> new ChangeLogEntry(
          rs.getLong(1),
          Instant.parse(rs.getString(2)),
          rs.getLong(3),
          rs.getString(4),
          rs.getString(5),
          ChangeLogEntry.Change.fromKey(rs.getString(6)),
          Optional.ofNullable(rs.getString(7)),
          Optional.ofNullable(rs.getString(8)),
          Optional.ofNullable(rs.getString(9)))).list();
    });
  }

  @Override
  public List<StoredImport> imports() {
    return database.inReadTransaction(handle -> {
      Map<Long, Instant> times = new LinkedHashMap<>();
      handle.createQuery("SELECT id, imported_at FROM imports ORDER BY id").map((rs, ctx) -> Map.entry(rs.getLong(1), Instant.parse(rs.getString(2)))).forEach(e -> times.put(e.getKey(), e.getValue()));
      Map<Long, List<StoredImport.ImportedFile>> files = new LinkedHashMap<>();
      handle.createQuery("SELECT import_id, kind, file_name, sha256, added, changed, returned, withdrawn, unchanged FROM import_files ORDER BY import_id")
          .map((rs, ctx) -> Map.entry(rs.getLong(1), new StoredImport.ImportedFile(rs.getString(2), rs.getString(3), rs.getString(4), new KindCounts(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))))
          .forEach(e -> files.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
      List<StoredImport> imports = new ArrayList<>();
      times.forEach((id, at) -> imports.add(new StoredImport(id, at, sortedByKind(files.getOrDefault(id, List.of())))));
      return imports;
    });
  }

  /** Files in the order kinds are applied: CLPs, the record kinds, exclusions. */
  private static List<StoredImport.ImportedFile> sortedByKind(List<StoredImport.ImportedFile> files) {
    List<String> order = new ArrayList<>();
    RecordKind.SNAPSHOTS.forEach(kind -> order.add(kind.name()));
    order.add(RecordKind.EXCLUSION.name());
    List<StoredImport.ImportedFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(file -> order.indexOf(file.kind())));
    return sorted;
  }

}
