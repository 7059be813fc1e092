package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The hand-made 2016-shaped register of the test resources ({@code electorate/}: the CSV extracts
 * of nine people, of whom two joined after the freeze date, one paid a second late, one was
 * excluded; and the NEC and High Court rulesets), copied into a test's directory.
 */
public final class ElectorateFixtures {
  private ElectorateFixtures() {}

  public static void copyInto(Path directory) throws IOException {
    Path source;
    try {
      source = Path.of(ElectorateFixtures.class.getResource("/electorate").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resources not on a file path", e);
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = directory.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
