package org.scrutineer.archive;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code belenios-tool} 2.0 for interoperability tests. Without the tool on PATH a
 * test aborts (skipped, with the reason), except on CI ({@code CI=true}) where it fails: there the
 * tool is part of the build image and its absence is a broken build, not a reason to skip.
 */
public final class BeleniosTool {
  private final Path executable;

  private BeleniosTool(Path executable) {
    this.executable = executable;
  }

  /** The tool, or abort/fail the calling test as described above. */
  public static BeleniosTool require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String reason = "belenios-tool (Debian package belenios-tool 2.0) is not on PATH; "
          + "install it to run the interoperability tests";
      if ("true".equals(System.getenv("CI"))) fail(reason + " (CI=true: required)");
      Assumptions.abort(reason);
    }
    return new BeleniosTool(found.get());
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "belenios-tool");
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /** Runs {@code belenios-tool args…} in {@code dir} with {@code stdin}; returns stdout; fails on non-zero exit. */
  byte[] run(Path dir, byte[] stdin, String... args) throws IOException, InterruptedException {
    Result result = tryRun(dir, stdin, args);
    if (result.exitCode() != 0) {
      fail("belenios-tool " + String.join(" ", args) + " exited " + result.exitCode() + ": " + result.stderr());
    }
    return result.stdout();
  }

  String runText(Path dir, String stdin, String... args) throws IOException, InterruptedException {
    return new String(run(dir, stdin.getBytes(StandardCharsets.UTF_8), args), StandardCharsets.UTF_8);
  }

  /** Runs without failing, for tests that expect the tool to reject something. */
  public Result tryRun(Path dir, byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("BELENIOS_USE_URANDOM", "1");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    process.getOutputStream().write(stdin);
    process.getOutputStream().close();
    byte[] stdout = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("belenios-tool " + String.join(" ", args) + " did not finish");
    }
    String stderr = Files.readString(err);
    Files.delete(err);
    return new Result(process.exitValue(), stdout, stderr);
  }

  public record Result(int exitCode, byte[] stdout, String stderr) {}
}
