package org.scrutineer.cli.electorate;

import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.store.database.Database;

/**
 * The {@code --store} value: a file path for the embedded SQLite store (the default is {@value
 * #DEFAULT} in the working directory) or a {@code jdbc:postgresql://…} URL for production.
 */
final class StoreSetting {
  static final String DEFAULT = Database.DEFAULT_FILE;

  private StoreSetting() {}

  static Database open(CommandEnvironment environment, String store) {
    try {
      if (store.startsWith("jdbc:")) {
        return Database.open(store, environment.workingDirectory());
      }
      return Database.sqlite(environment.resolve(store));
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("--store: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new CommandFailure("--store " + redacted(store) + ": cannot open the store: " + rootMessage(e), e);
    }
  }

  /**
   * Opens a store that must already hold a register: commands that only read must not leave an
   * empty store file behind when the path is mistyped.
   */
  static Database openExisting(CommandEnvironment environment, String store) {
    if (!store.startsWith("jdbc:") && !java.nio.file.Files.exists(environment.resolve(store))) {
      throw new CommandFailure(store + ": No such file or directory (import extracts into it first with scrutineer electorate import --store " + store + ")");
    }
    return open(environment, store);
  }

  /** Whether the default store exists in the working directory. */
  static boolean defaultExists(CommandEnvironment environment) {
    return java.nio.file.Files.exists(environment.resolve(DEFAULT));
  }

  private static String redacted(String store) {
    return store.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

}
