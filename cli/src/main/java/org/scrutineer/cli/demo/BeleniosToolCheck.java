package org.scrutineer.cli.demo;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs the independent verifier, belenios-tool, on the demo's archive when it is installed. */
final class BeleniosToolCheck {
  private BeleniosToolCheck() {}

  /** Whether belenios-tool is on {@code path} (the PATH variable's value). */
  static boolean installed(String path) {
    boolean installed = false;
    for (String dir : path.split(File.pathSeparator)) {
      installed |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "belenios-tool"));
    }
    return installed;
  }

  /**
   * A ballot made by belenios-tool's {@code election generate-ballot} against the archive in {@code
   * directory}, for the private credential and plaintext choice in the files given; its output line.
   */
  static byte[] generateBallot(Path directory, Path credential, Path choice) throws IOException {
    Path output = Files.createTempFile("belenios-tool-ballot", ".json");
    try {
      ProcessBuilder builder = new ProcessBuilder("belenios-tool", "election", "generate-ballot", "--dir", directory.toString(),
          "--privcred", credential.toString(), "--ballot", choice.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectOutput(output.toFile());
      builder.environment().put("BELENIOS_USE_URANDOM", "1");
      Process process = builder.start();
      try {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IOException("belenios-tool election generate-ballot did not finish within 2 minutes");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for belenios-tool", e);
      }
      if (process.exitValue() != 0) {
        throw new IOException("belenios-tool election generate-ballot exited with status " + process.exitValue());
      }
      return Files.readAllBytes(output);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * True when belenios-tool accepts the archive, or is not installed (said so on {@code out}).
   * It verifies some 30 ballots a second on this project's machine, so the time limit grows with
   * the archive: ten minutes plus a quarter of a second per ballot.
   */
  static boolean verify(Path directory, String path, int ballots, PrintWriter out) throws IOException {
    if (!installed(path)) {
      out.println("    belenios-tool is not installed (apt-get install belenios-tool); skipped");
      return true;
    }
    Duration limit = Duration.ofMinutes(10).plusMillis(250L * ballots);
    Path log = Files.createTempFile("belenios-tool-verify", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder("belenios-tool", "election", "verify", "--dir", directory.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile()); // a file, so that waiting below can time out
      builder.environment().put("BELENIOS_USE_URANDOM", "1");
      Process process = builder.start();
      try {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          out.println("    belenios-tool did not finish within " + limit.toMinutes() + " minutes");
          return false;
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for belenios-tool", e);
      }
      for (String line : Files.readString(log, StandardCharsets.UTF_8).trim().split("\n")) {
        out.println("    belenios-tool: " + line);
      }
      if (process.exitValue() != 0) {
        out.println("    belenios-tool exited with status " + process.exitValue());
      }
      return process.exitValue() == 0;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
