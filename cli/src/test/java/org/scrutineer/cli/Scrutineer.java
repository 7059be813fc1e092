package org.scrutineer.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs {@code scrutineer …} in-process, as {@code ./scrutineer} would in {@code directory}: captured
 * streams, the directory as working directory, the system clock unless a test fixes it.
 */
public final class Scrutineer {
  private Scrutineer() {}

  /** Runs {@code scrutineer belenios args…} in {@code directory} with {@code stdin}. */
  public static CommandRun belenios(Path directory, byte[] stdin, String... args) {
    return run(directory, Clock.systemUTC(), stdin, prefixed(args));
  }

  /** Runs {@code scrutineer belenios args…} with empty standard input. */
  public static CommandRun belenios(Path directory, String... args) {
    return belenios(directory, new byte[0], args);
  }

  /** As {@link #belenios}, failing the test unless it exits 0. */
  public static CommandRun ok(Path directory, byte[] stdin, String... args) {
    return belenios(directory, stdin, args).assertSucceeded();
  }

  public static CommandRun ok(Path directory, String... args) {
    return ok(directory, new byte[0], args);
  }

  /** {@code scrutineer belenios args…} at a fixed Unix time (file names, archive timestamps). */
  public static CommandRun beleniosAt(long unixTime, Path directory, String... args) {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(unixTime), ZoneOffset.UTC);
    return run(directory, clock, new byte[0], prefixed(args));
  }

  /** Runs {@code scrutineer args…} (no {@code belenios} prefix). */
  public static CommandRun run(Path directory, Clock clock, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment =
        new CommandEnvironment(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            directory,
            Map.of("BELENIOS_USE_URANDOM", "1"),
            clock,
            SecureRandom::new);
    int status = ScrutineerCommand.run(environment, args);
    return new CommandRun(
        "scrutineer " + String.join(" ", args), status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] prefixed(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "belenios";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }
}
