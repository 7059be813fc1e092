package org.scrutineer.store.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The register store's contract on SQLite, each test in a new file of its own temporary directory. */
class SqliteRegisterStoreTest extends RegisterStoreContract {
  @Override
  String newLocation() throws Exception {
    return "jdbc:sqlite:" + Files.createTempDirectory("scrutineer-store-test").resolve("scrutineer.db");
  }

  @Override
  void dispose(String location) throws Exception {
    Path directory = Path.of(location.substring("jdbc:sqlite:".length())).getParent();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
