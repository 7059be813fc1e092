package org.scrutineer.crypto;

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
 * Runs the real {@code belenios-tool} 2.0, the peer our bytes must match. Tests that need it call
 * {@link #run} or {@link #runOk}; none of them skips silently: under {@code CI=true} a missing tool
 * fails the test, elsewhere it aborts it with the same install hint, so the report shows it.
 */
public final class BeleniosToolTestSupport {
  static final String INSTALL_HINT =
      "belenios-tool 2.0 is not on PATH; install it with `apt-get install -y belenios-tool`";

  /** A guard against a hung tool, not a timing assertion: the slowest call takes about a second. */
  private static final long TIMEOUT_MINUTES = 5;

  private static Path executable;

  private BeleniosToolTestSupport() {}

  /** What one call of the tool did. */
  public record Run(List<String> command, int exitCode, String stdout, String stderr) {
    public boolean succeeded() {
      return exitCode == 0;
    }

    /** For assertion messages: the command, its exit code and what it printed on stderr. */
    public String describe() {
      return String.join(" ", command) + " exited " + exitCode + ", stderr: " + stderr.strip();
    }
  }

  /** The tool's path; fails the test under CI=true when it is missing, else aborts it. */
  public static synchronized Path executable() {
    if (executable == null) {
      executable = locate();
    }
    return executable;
  }

  private static Path locate() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, "belenios-tool");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        requireVersion2(candidate);
        return candidate;
      }
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(INSTALL_HINT + " (CI=true, so this test fails instead of being skipped)");
    }
    Assumptions.abort(INSTALL_HINT);
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }

  /** Our formats and checks follow belenios-tool 2.0; another version would give misleading failures. */
  private static void requireVersion2(Path candidate) {
    try {
      Process process = new ProcessBuilder(candidate.toString(), "--version")
          .redirectErrorStream(true)
          .start();
      String version =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      process.waitFor();
      if (!version.startsWith("2.")) {
        fail(candidate + " is version '" + version + "'; these tests need belenios-tool 2.0");
      }
    } catch (IOException e) {
      throw new AssertionError("could not run " + candidate + " --version", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + candidate + " --version", e);
    }
  }

  /** Runs {@code belenios-tool args…} in {@code directory} with the given standard input. */
  public static Run run(Path directory, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(List.of(args));
    Path io = null;
    try {
      io = Files.createTempDirectory("belenios-tool-io");
      Path in = Files.write(io.resolve("stdin"), stdin);
      Path out = io.resolve("stdout");
      Path err = io.resolve("stderr");
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectInput(in.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      // Without it the tool reads /dev/random and may block on an idle machine.
      builder.environment().put("BELENIOS_USE_URANDOM", "1");
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      return new Run(
          List.copyOf(command),
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
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
  public static Run run(Path directory, String... args) {
    return run(directory, new byte[0], args);
  }

  /** Runs the tool, fails the test unless it exits 0, and returns its standard output. */
  public static String runOk(Path directory, String... args) {
    Run run = run(directory, args);
    if (!run.succeeded()) {
      fail(run.describe());
    }
    return run.stdout();
  }

  /** {@code belenios-tool sha256-b64} of the bytes, without the newline the tool prints. */
  public static String sha256B64(byte[] bytes) {
    Run run = run(Path.of("."), bytes, "sha256-b64");
    if (!run.succeeded()) {
      fail(run.describe());
    }
    return run.stdout().strip();
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
