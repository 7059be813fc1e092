package org.scrutineer.cli.demo;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the independent verifier, belenios-tool, on the demo's archive when it is installed. */
final class BeleniosToolCheck {
  private BeleniosToolCheck() {}

  /** True when belenios-tool accepts the archive, or is not installed (said so on {@code out}). */
  static boolean verify(Path directory, String path, PrintWriter out) throws IOException {
    boolean installed = false;
    for (String dir : path.split(File.pathSeparator)) {
      installed |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "belenios-tool"));
    }
    if (!installed) {
      out.println("    belenios-tool is not installed (apt-get install belenios-tool); skipped");
      return true;
    }
    ProcessBuilder builder = new ProcessBuilder("belenios-tool", "election", "verify", "--dir", directory.toString()).redirectErrorStream(true);
    builder.environment().put("BELENIOS_USE_URANDOM", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        out.println("    belenios-tool did not finish within 10 minutes");
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for belenios-tool", e);
    }
    for (String line : output.split("\n")) {
      out.println("    belenios-tool: " + line);
    }
    return process.exitValue() == 0;
  }
}
