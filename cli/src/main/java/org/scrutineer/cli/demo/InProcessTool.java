package org.scrutineer.cli.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.security.SecureRandom;
import java.util.Map;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ScrutineerCommand;

/**
 * Runs {@code scrutineer belenios …} commands in this process, in one directory, with given
 * standard input — the demo's equivalent of the shell lines of belenios-tool's {@code demo.sh}.
 */
final class InProcessTool {
  private final Path directory;

  InProcessTool(Path directory) {
    this.directory = directory;
  }

  /** Runs one command; returns its standard output, or throws with its error line. */
  byte[] run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment =
        new CommandEnvironment(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            directory,
            Map.of(),
            Clock.systemUTC(),
            SecureRandom::new);
    String[] command = new String[args.length + 1];
    command[0] = "belenios";
    System.arraycopy(args, 0, command, 1, args.length);
    int status = ScrutineerCommand.run(environment, command);
    if (status != 0) {
      throw new IllegalStateException(
          "scrutineer " + String.join(" ", command) + " failed: " + err.toString(StandardCharsets.UTF_8).trim());
    }
    return out.toByteArray();
  }

  String runText(String... args) {
    return new String(run(new byte[0], args), StandardCharsets.UTF_8).trim();
  }
}
