package org.scrutineer.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.electorate.ElectorateFixtures;

/**
 * The runnable jar as {@code ./scrutineer} starts it (failsafe, after {@code package}): what the
 * in-process tests cannot see, such as the JDBC drivers and Flyway's database plugins being found
 * through the merged {@code META-INF/services} files of the shaded jar.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "scrutineer.jar").toAbsolutePath();
  private static final String POSTGRES = System.getenv().getOrDefault("SCRUTINEER_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @TempDir Path directory;

  @BeforeEach
  void copyFixtures() throws IOException {
    ElectorateFixtures.copyInto(directory);
  }

  private record Run(int status, String out) {}

  private Run jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), out);
  }

  @Test
  void theDefaultStoreWorksFromTheJar() throws Exception {
    Run imported = jar("electorate", "import", "--extracts", "extracts");
    assertThat(imported.status()).as(imported.out()).isZero();
    assertThat(imported.out()).contains("Import 1 committed").doesNotContain("SLF4J");
    Run evaluated = jar("electorate", "evaluate", "--rules", "nec.json");
    assertThat(evaluated.status()).as(evaluated.out()).isZero();
    assertThat(evaluated.out()).contains("total                               3");
  }

  @Test
  void postgresqlWorksFromTheJar() throws Exception {
    String schema = "t_jar_" + Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0x7fffffff);
    execute("CREATE SCHEMA " + schema);
    try {
      String url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      Run imported = jar("electorate", "import", "--store", url, "--extracts", "extracts");
      assertThat(imported.status()).as(imported.out()).isZero();
      assertThat(imported.out()).contains("Import 1 committed");
      Run again = jar("electorate", "import", "--store", url, "--extracts", "extracts");
      assertThat(again.out()).contains("Nothing changed");
    } finally {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void execute(String sql) {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(POSTGRES)) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      String reason = "PostgreSQL at 127.0.0.1:5432 is not reachable (" + e.getMessage() + "); start it or set SCRUTINEER_TEST_POSTGRES";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(reason, e);
      }
      Assumptions.abort(reason);
    }
  }
}
