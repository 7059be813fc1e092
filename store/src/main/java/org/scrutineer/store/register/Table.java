package org.scrutineer.store.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.changes.StoredRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;

/**
 * The table of one kind and the statements on it, built from the kind's field names (which are its
 * columns, db/migration/V1__register.sql). Snapshot tables add {@code present}, {@code added_in} and
 * {@code changed_in}; the exclusions table adds {@code added_in}.
 */
final class Table {
  private static final Map<RecordKind<?>, String> NAMES = Map.of(
      RecordKind.CLP, "clps",
      RecordKind.MEMBER, "members",
      RecordKind.REGISTERED_SUPPORTER, "registered_supporters",
      RecordKind.AFFILIATED_SUPPORTER, "affiliated_supporters",
      RecordKind.EXCLUSION, "exclusions");

  /** Rows per JDBC batch: large enough to amortise the round trip, small enough to stay bounded. */
  static final int BATCH = 5_000;

  /** Rows fetched at a time when streaming a table (PostgreSQL otherwise reads the whole result first). */
  static final int FETCH = 10_000;

  final RecordKind<?> kind;
  final String name;
  private final List<String> fields;
  private final List<String> keys;
  private final List<String> compared;

  private Table(RecordKind<?> kind) {
    this.kind = kind;
    this.name = NAMES.get(kind);
    this.fields = kind.fields();
    this.keys = fields.subList(0, kind.keyFields());
    this.compared = fields.subList(kind.keyFields(), fields.size());
  }

  static Table of(RecordKind<?> kind) {
    return new Table(kind);
  }

  String insert() {
    List<String> columns = new ArrayList<>(fields);
    if (kind == RecordKind.EXCLUSION) {
      columns.add("added_in");
    } else {
      columns.addAll(List.of("present", "added_in", "changed_in"));
    }
    return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
  }

  /** Sets every compared field, present = 1 and changed_in; binds compared values, import id, then key values. */
  String update() {
    return "UPDATE " + name + " SET " + String.join(", ", compared.stream().map(column -> column + " = ?").toList()) + ", present = 1, changed_in = ? WHERE " + keyMatch();
  }

  /** Binds import id, then key values. */
  String withdraw() {
    return "UPDATE " + name + " SET present = 0, changed_in = ? WHERE " + keyMatch();
  }

  private String keyMatch() {
    return String.join(" AND ", keys.stream().map(column -> column + " = ?").toList());
  }

  String selectFields() {
    return String.join(", ", fields);
  }

  /** Every row of a snapshot table, present or withdrawn, streamed. */
  ResultIterable<StoredRow> storedRows(Handle handle) {
    int width = fields.size();
    return handle.createQuery("SELECT " + selectFields() + ", present FROM " + name).setFetchSize(FETCH).map((rs, ctx) -> {
      String[] values = new String[width];
      for (int i = 0; i < width; i++) {
        values[i] = rs.getString(i + 1);
      }
      return new StoredRow(Arrays.asList(values), rs.getInt(width + 1) == 1);
    });
  }

  /** The fields of the rows that a WHERE clause (or none) selects, streamed. */
  ResultIterable<List<String>> values(Handle handle, String where) {
    int width = fields.size();
    return handle.createQuery("SELECT " + selectFields() + " FROM " + name + (where.isEmpty() ? "" : " WHERE " + where)).setFetchSize(FETCH).map((rs, ctx) -> {
      String[] values = new String[width];
      for (int i = 0; i < width; i++) {
        values[i] = rs.getString(i + 1);
      }
      return Arrays.asList(values);
    });
  }
}
