package org.scrutineer.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a command sees of the outside world: standard streams, the directory relative paths start
 * from, environment variables, the clock and a source of randomness. Commands never touch
 * {@code System.in}/{@code out}/{@code err} or the process's working directory themselves, so tests
 * run them in-process against a temporary directory and captured streams.
 *
 * @param in standard input, read as bytes (archive lines and ballots are hashed as read)
 * @param out standard output: the data a command prints (JSON, tokens)
 * @param err standard error: {@code I: }/{@code W: } lines and the failure line
 * @param workingDirectory what relative paths in arguments are resolved against
 * @param variables environment variables ({@code BELENIOS_USE_URANDOM} is the only one read)
 * @param clock Unix time for file names ({@code T.privcreds}) and archive timestamps
 * @param random where keys, credentials and nonces come from
 */
public record CommandEnvironment(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Path workingDirectory,
    Map<String, String> variables,
    Clock clock,
    Supplier<SecureRandom> random) {

  public CommandEnvironment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
  }

  /**
   * The real process: System streams, the current directory, the system clock and a {@link
   * SecureRandom}. belenios-tool reads {@code /dev/random} unless {@code BELENIOS_USE_URANDOM} is
   * set; Java's default {@code SecureRandom} on Linux already draws from the non-blocking source
   * ({@code NativePRNG}), so the variable is accepted and changes nothing.
   */
  public static CommandEnvironment system() {
    return new CommandEnvironment(
        System.in,
        System.out,
        System.err,
        Path.of("").toAbsolutePath(),
        System.getenv(),
        Clock.systemUTC(),
        SecureRandom::new);
  }

  /** A path given on the command line, resolved against {@link #workingDirectory}. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** Unix seconds now, as belenios-tool's {@code Unix.time ()}. */
  public long unixTime() {
    return clock.instant().getEpochSecond();
  }

  /** One line of data on standard output: the exact bytes, then a newline (OCaml's print_endline). */
  public void output(byte[] line) {
    out.write(line, 0, line.length);
    out.write('\n');
    out.flush();
  }

  /** One line of text on standard output, in UTF-8. */
  public void output(String line) {
    output(line.getBytes(StandardCharsets.UTF_8));
  }

  /** An {@code I: } line on standard error, as belenios-tool prints progress. */
  public void info(String message) {
    error("I: " + message);
  }

  /** A {@code W: } line on standard error. */
  public void warning(String message) {
    error("W: " + message);
  }

  /**
   * Whether standard error is this process's terminal, so that it may be redrawn in place (a
   * progress bar): the process's own stream, with standard input and output a terminal — what
   * {@link System#console()} says on Java 17–21; Java 22 gives a console even to a pipe and says
   * with {@code isTerminal()} — and {@code TERM} not {@code dumb}.
   */
  public boolean errorsOnTerminal() {
    if (err != System.err || "dumb".equals(variables.get("TERM"))) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** One line of text on standard error, in UTF-8. */
  public void error(String line) {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    err.write(bytes, 0, bytes.length);
    err.flush();
  }
}
