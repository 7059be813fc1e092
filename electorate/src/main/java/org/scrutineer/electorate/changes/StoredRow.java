package org.scrutineer.electorate.changes;

import java.util.List;

/**
 * A record as the store holds it: its canonical {@link RecordKind#values} and whether the latest
 * extract of its kind had it ({@code present}) or it has been withdrawn (absent from a later one).
 */
public record StoredRow(List<String> values, boolean present) {
  public StoredRow {
    values = List.copyOf(values);
  }
}
