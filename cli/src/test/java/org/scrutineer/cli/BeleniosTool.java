package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code belenios-tool} 2.0, the peer our commands must interoperate with. When it is
 * not installed, a test that needs it fails under {@code CI=true} and is aborted (reported as
 * skipped, with the install hint) elsewhere — never silently passed.
 */
public final class BeleniosTool {
  static final String INSTALL_HINT = "install belenios-tool (apt-get install -y belenios-tool)";

  /** A guard against a hung tool, not a timing assertion. */
  private static final long TIMEOUT_MINUTES = 5;

  private static Path executable;

  private BeleniosTool() {}

  /** The tool's path; fails the test under CI=true when it is missing, else aborts it. */
  public static synchronized Path executable() {
    if (executable == null) {
      executable = locate();
    }
    return executable;
  }

  private static Path locate() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = directory.isEmpty() ? null : Path.of(directory, "belenios-tool");
      if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(INSTALL_HINT);
    }
    Assumptions.abort(INSTALL_HINT);
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }

  /** Runs {@code belenios-tool args…} in {@code directory} with {@code stdin}. */
  public static CommandRun run(Path directory, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(List.of(args));
    Path io = null;
    try {
      io = Files.createTempDirectory("belenios-tool-io");
      Path in = Files.write(io.resolve("stdin"), stdin);
      Path out = io.resolve("stdout");
      Path err = io.resolve("stderr");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("BELENIOS_USE_URANDOM", "1"); // else it may block on /dev/random
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      return new CommandRun(
          "belenios-tool " + String.join(" ", args),
          process.exitValue(),
          Files.readAllBytes(out),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    } finally {
      deleteQuietly(io);
    }
  }

  /** Runs the tool with empty standard input. */
  public static CommandRun run(Path directory, String... args) {
    return run(directory, new byte[0], args);
  }

  /** Runs the tool and fails the test unless it exits 0. */
  public static CommandRun ok(Path directory, byte[] stdin, String... args) {
    return run(directory, stdin, args).assertSucceeded();
  }

  /** Runs the tool with empty standard input and fails the test unless it exits 0. */
  public static CommandRun ok(Path directory, String... args) {
    return ok(directory, new byte[0], args);
  }

  private static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException ignored) {
      // a leftover file in the system temp directory is harmless
    }
  }
}
