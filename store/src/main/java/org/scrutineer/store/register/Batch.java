package org.scrutineer.store.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One statement run for many rows as JDBC batches on the connection of the import's Jdbi handle
 * (so inside its transaction), sent every {@link Table#BATCH} rows so that memory stays bounded
 * however many rows an import writes. Plain {@code PreparedStatement} rather than Jdbi's
 * PreparedBatch: Jdbi looks up an argument factory for every value bound, which took about half of
 * the Java time of a first import (JFR, 200,000 records), and these rows are only texts and longs.
 */
final class Batch implements AutoCloseable {
  private final Connection connection;
  private final String sql;
  private PreparedStatement statement;
  private int pending;

  Batch(Handle handle, String sql) {
    this.connection = handle.getConnection();
    this.sql = sql;
  }

  /** Adds one row of positional values: texts, longs, or null (an SQL NULL text). */
  void add(List<?> row) {
    try {
      if (statement == null) {
        statement = connection.prepareStatement(sql);
      }
      for (int i = 0; i < row.size(); i++) {
        Object value = row.get(i);
        if (value == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else if (value instanceof String text) {
          statement.setString(i + 1, text);
        } else if (value instanceof Long number) {
          statement.setLong(i + 1, number);
        } else {
          throw new IllegalArgumentException("cannot bind " + value.getClass());
        }
      }
      statement.addBatch();
      if (++pending == Table.BATCH) {
        send();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void send() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  private UnableToExecuteStatementException failed(SQLException e) {
    SQLException next = e.getNextException();
    return new UnableToExecuteStatementException(sql + (next == null ? "" : ": " + next.getMessage()), e, null);
  }

  /** Sends what is pending; a failure propagates and the transaction rolls back. */
  @Override
  public void close() {
    if (statement == null) {
      return;
    }
    try (PreparedStatement closing = statement) {
      send();
    } catch (SQLException e) {
      throw failed(e);
    } finally {
      statement = null;
    }
  }
}
