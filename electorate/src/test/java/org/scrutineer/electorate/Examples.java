package org.scrutineer.electorate;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's examples/ folder, found from wherever the tests run (the module's folder under Maven). */
public final class Examples {
  private Examples() {}

  public static Path directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples").resolve("rules"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/rules folder above " + Path.of("").toAbsolutePath());
  }
}
