package org.scrutineer.store.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scrutineer.store.database.Database;

/** Every row of every table of the register, as text, to show that a failed import changed nothing. */
final class TableDump {
  private static final List<String> TABLES = List.of("register_state", "imports", "import_files", "clps", "members", "registered_supporters", "affiliated_supporters", "exclusions", "change_log");

  private TableDump() {}

  static Map<String, List<String>> of(Database database) {
    return database.inReadTransaction(handle -> {
      Map<String, List<String>> dump = new TreeMap<>();
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        handle.createQuery("SELECT * FROM " + table).map((rs, ctx) -> {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
          }
          return row.toString();
        }).forEach(rows::add);
        rows.sort(null);
        dump.put(table, rows);
      }
      return dump;
    });
  }
}
