package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;

/**
 * A file holding one line — a credential, a private key, a plaintext ballot — read as belenios-tool
 * reads it ({@code load_from_file}): {@code I: loading NAME...} on standard error, then exactly one
 * line is required.
 */
final class OneLineFile {
  private OneLineFile() {}

  /**
   * The single line of the file {@code value} (given as option {@code option}).
   *
   * @param invalid what belenios-tool says when the file does not hold exactly one line
   */
  static String read(CommandEnvironment environment, String option, String value, String invalid) throws IOException {
    Path file = ToolFiles.existingFile(environment, option, value);
    environment.info("loading " + Path.of(value).getFileName() + "...");
    List<byte[]> lines = ToolFiles.lines(Files.readAllBytes(file));
    if (lines.size() != 1) {
      throw new CommandFailure(invalid + " (" + value + " must hold exactly one line, found " + lines.size() + ")");
    }
    return new String(lines.get(0), StandardCharsets.UTF_8);
  }
}
