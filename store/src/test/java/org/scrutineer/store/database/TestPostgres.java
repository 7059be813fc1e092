package org.scrutineer.store.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL that the machine runs on 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}, trust authentication; {@code SCRUTINEER_TEST_POSTGRES} overrides the URL). Each test
 * gets a schema of its own, dropped afterwards, so that runs never see each other's data. When the
 * server cannot be reached the test is skipped saying so, or fails when {@code CI=true}.
 */
public final class TestPostgres {
  static final String URL = System.getenv().getOrDefault("SCRUTINEER_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestPostgres() {}

  /** Creates a fresh schema and returns a store URL whose current schema it is. */
  public static String freshSchemaUrl(String owner) {
    String schema = ("t_" + owner + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    execute("CREATE SCHEMA " + schema);
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema of a URL made by {@link #freshSchemaUrl}, and everything in it. */
  public static void dropSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** Why the server cannot be used, if it cannot; for a jqwik property, which cannot abort like a JUnit test. */
  public static java.util.Optional<String> unreachable() {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(URL)) {
      return java.util.Optional.empty();
    } catch (SQLException e) {
      return java.util.Optional.of(reason(e));
    }
  }

  private static String reason(SQLException e) {
    return "PostgreSQL at " + Database.redact(URL) + " is not reachable (" + e.getMessage() + "); start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set SCRUTINEER_TEST_POSTGRES";
  }

  private static void execute(String sql) {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String reason = reason(e);
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(reason, e);
      }
      Assumptions.abort(reason);
    }
  }
}
