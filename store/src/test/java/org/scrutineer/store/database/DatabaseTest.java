package org.scrutineer.store.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path directory;

  @Test
  void blankSettingOpensTheDefaultFileInTheGivenDirectory() {
    try (Database database = Database.open("  ", directory.resolve("data"))) {
      assertThat(database.kind()).isEqualTo(Database.Kind.SQLITE);
      assertThat(database.toString()).endsWith(Database.DEFAULT_FILE);
    }
    assertThat(directory.resolve("data").resolve(Database.DEFAULT_FILE)).exists();
  }

  @Test
  void sqliteRunsInWalModeWithFullSynchronousCommits() {
    try (Database database = Database.open("jdbc:sqlite:" + directory.resolve("x.db"), directory)) {
      assertThat(one(database, "PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
      // 2 = FULL: the WAL is fsynced at every commit.
      assertThat(one(database, "PRAGMA synchronous", Integer.class)).isEqualTo(2);
      assertThat(one(database, "PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
    }
  }

  @Test
  void openingTwiceMigratesOnce() {
    Path file = directory.resolve("twice.db");
    Database.sqlite(file).close();
    try (Database database = Database.sqlite(file)) {
      assertThat(one(database, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1", Integer.class)).isEqualTo(1);
    }
  }

  @Test
  void postgresqlUrlOpensPostgresql() {
    String url = TestPostgres.freshSchemaUrl("databasetest");
    try (Database database = Database.open(url, directory)) {
      assertThat(database.kind()).isEqualTo(Database.Kind.POSTGRESQL);
      assertThat(one(database, "SELECT last_import FROM register_state", Long.class)).isZero();
    } finally {
      TestPostgres.dropSchema(url);
    }
  }

  private static <T> T one(Database database, String sql, Class<T> type) {
    return database.inReadTransaction(handle -> handle.createQuery(sql).mapTo(type).one());
  }

  @Test
  void anUnknownSettingSaysWhatIsAccepted() {
    assertThatThrownBy(() -> Database.open("mysql://x?password=secret", directory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://HOST:PORT/DATABASE")
        .hasMessageNotContaining("secret");
  }
}
