package org.scrutineer.store.register;

import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One statement run for many rows through Jdbi's PreparedBatch, sent every {@link Table#BATCH} rows
 * so that memory stays bounded however many rows an import writes.
 */
final class Batch implements AutoCloseable {
  private final Handle handle;
  private final String sql;
  private PreparedBatch batch;
  private int pending;

  Batch(Handle handle, String sql) {
    this.handle = handle;
    this.sql = sql;
  }

  /** Adds one row of positional values: texts, longs, or null (an SQL NULL text). */
  void add(List<?> row) {
    if (batch == null) {
      batch = handle.prepareBatch(sql);
    }
    for (int position = 0; position < row.size(); position++) {
      Object value = row.get(position);
      if (value == null) {
        batch.bindNull(position, Types.VARCHAR);
      } else if (value instanceof String text) {
        batch.bind(position, text);
      } else if (value instanceof Long number) {
        batch.bind(position, number.longValue());
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
    batch.add();
    if (++pending == Table.BATCH) {
      flush();
    }
  }

  void flush() {
    if (batch != null) {
      if (pending > 0) {
        batch.execute();
      }
      batch.close();
      batch = null;
      pending = 0;
    }
  }

  /** Sends what is pending; a failure propagates and the transaction rolls back. */
  @Override
  public void close() {
    flush();
  }
}
