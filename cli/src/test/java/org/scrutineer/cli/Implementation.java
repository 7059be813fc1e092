package org.scrutineer.cli;

import java.nio.file.Path;

/**
 * The two implementations of the belenios-tool 2.0 command line, so that a test can run any step
 * with either and check that each accepts what the other produced.
 */
public enum Implementation {
  BELENIOS_TOOL {
    @Override
    public CommandRun run(Path directory, byte[] stdin, String... args) {
      return BeleniosTool.run(directory, stdin, args);
    }
  },
  SCRUTINEER {
    @Override
    public CommandRun run(Path directory, byte[] stdin, String... args) {
      return Scrutineer.belenios(directory, stdin, args);
    }
  };

  /** Runs {@code args} (e.g. {@code setup generate-token}) in {@code directory}. */
  public abstract CommandRun run(Path directory, byte[] stdin, String... args);

  public CommandRun run(Path directory, String... args) {
    return run(directory, new byte[0], args);
  }

  /** Runs and fails the test unless the command exits 0. */
  public CommandRun ok(Path directory, byte[] stdin, String... args) {
    return run(directory, stdin, args).assertSucceeded();
  }

  public CommandRun ok(Path directory, String... args) {
    return ok(directory, new byte[0], args);
  }
}
