package org.scrutineer.store.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open store database, migrated to the latest schema.
 *
 * <p>The setting says which: blank for the default, {@code scrutineer.db} in the directory the
 * caller chooses; {@code jdbc:sqlite:PATH} for another SQLite file; {@code jdbc:postgresql://HOST:PORT/DB?...}
 * for PostgreSQL (user, password and {@code currentSchema} as parameters of the URL, as the
 * PostgreSQL driver reads them).
 *
 * <p>SQLite runs with {@code journal_mode=WAL} (readers beside the writer), {@code synchronous=FULL}
 * (the WAL is fsynced at every commit, so a write acknowledged survives a power cut), a busy timeout
 * for other processes, foreign keys enforced, and transactions that take the write lock when they
 * begin ({@code BEGIN IMMEDIATE}). Writes are serialised: in this process by a lock, across
 * processes and on PostgreSQL by the {@code register_state} row every write transaction updates
 * first (docs/store.md).
 */
public final class Database implements AutoCloseable {
  /** The default store's file name, in the directory the caller chooses. */
  public static final String DEFAULT_FILE = "scrutineer.db";

  /** How long an SQLite writer waits for another process's write to finish before it fails. */
  static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Kind kind;
  private final String description;
  private final Jdbi writer;
  private final Jdbi reader;
  private final AutoCloseable pool;
  private final ReentrantLock writes = new ReentrantLock(true);

  /** Which database: the statements are the same, a few settings are not. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private Database(Kind kind, String description, DataSource writes, DataSource reads, AutoCloseable pool) {
    this.kind = kind;
    this.description = description;
    this.pool = pool;
    Flyway.configure().dataSource(writes).locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
    this.writer = Jdbi.create(writes);
    this.reader = Jdbi.create(reads);
  }

  /**
   * Opens (creating if need be) and migrates the store the setting names.
   *
   * @param setting blank for {@code directory/scrutineer.db}, or a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
   * @param directory where the default file goes (created if missing); unused for a URL
   */
  public static Database open(String setting, Path directory) {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(directory, "directory");
    String trimmed = setting.trim();
    if (trimmed.isEmpty()) {
      return sqlite(directory.resolve(DEFAULT_FILE));
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(trimmed.substring("jdbc:sqlite:".length())));
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return postgresql(trimmed);
    }
    throw new IllegalArgumentException("store setting \"" + redact(trimmed) + "\" is neither empty (the default " + DEFAULT_FILE + "), jdbc:sqlite:PATH nor jdbc:postgresql://HOST:PORT/DATABASE");
  }

  /** Opens the SQLite store in this file, creating the file and its directory if missing. */
  public static Database sqlite(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create the directory of the store " + file, e);
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    // Writers take the lock when they begin; a deferred writer that read first could fail to upgrade.
    SQLiteDataSource writes = new SQLiteDataSource(sqliteConfig(SQLiteConfig.TransactionMode.IMMEDIATE));
    writes.setUrl(url);
    // Readers begin deferred: in WAL mode a read transaction sees one snapshot and blocks no writer.
    SQLiteDataSource reads = new SQLiteDataSource(sqliteConfig(SQLiteConfig.TransactionMode.DEFERRED));
    reads.setUrl(url);
    return new Database(Kind.SQLITE, "SQLite " + file.toAbsolutePath(), writes, reads, () -> {});
  }

  private static SQLiteConfig sqliteConfig(SQLiteConfig.TransactionMode mode) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(mode);
    // 64 MiB of page cache (the default is 2 MiB): a million-record import touches far more pages.
    config.setCacheSize(-64 * 1024);
    return config;
  }

  /** Opens the PostgreSQL store at this URL through a small pool. */
  public static Database postgresql(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setPoolName("scrutineer-store");
    // Batched INSERTs go to the server as multi-row statements: several times fewer round trips.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource source = new HikariDataSource(config);
    try {
      return new Database(Kind.POSTGRESQL, "PostgreSQL " + redact(url), source, source, source);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Runs {@code work} in a read transaction: one consistent view of every table, beside a writer
   * (SQLite's deferred transactions in WAL mode read one snapshot; PostgreSQL needs REPEATABLE READ
   * for that, its default READ COMMITTED takes a new snapshot at every statement).
   */
  public <T, X extends Exception> T inReadTransaction(HandleCallback<T, X> work) throws X {
    if (kind == Kind.POSTGRESQL) {
      return reader.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
    }
    return reader.inTransaction(work);
  }

  /**
   * Runs {@code work} as the only writer, in one transaction: it commits when {@code work} returns
   * and rolls back when it throws or has called {@link Handle#rollback}. Returns only after the
   * commit (fsynced on SQLite).
   */
  public <T, X extends Exception> T inWriteTransaction(HandleCallback<T, X> work) throws X {
    writes.lock();
    try {
      return writer.inTransaction(handle -> {
        handle.createUpdate("UPDATE register_state SET last_import = last_import WHERE id = 1").execute();
        return work.withHandle(handle);
      });
    } finally {
      writes.unlock();
    }
  }

  @Override
  public void close() {
    try {
      pool.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing " + description, e);
    }
  }

  @Override
  public String toString() {
    return description;
  }

  /** The URL without its password parameter, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
