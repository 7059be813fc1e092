package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.nio.file.Path;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import picocli.CommandLine.Option;

/**
 * The {@code --dir}/{@code --url} options every election command takes: the directory holding the
 * election's single {@code UUID.bel} (default: the current directory).
 */
final class ElectionDirectory {
  @Option(names = "--dir", paramLabel = "DIR", description = "Directory holding the election's UUID.bel (default: .).")
  private String dir;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Download the election from URL (not supported: Scrutineer works offline; download UUID.bel and use --dir).")
  private String url;

  /** The archive to work on; prints {@code I: using directory DIR} first, as belenios-tool does. */
  Path archive(CommandEnvironment environment) throws IOException {
    if (url != null) {
      throw new CommandFailure("--url is not supported: download " + url + " yourself and use --dir");
    }
    String shown = dir == null ? "." : dir;
    Path directory = ToolFiles.existingDirectory(environment, "--dir", shown);
    environment.info("using directory " + shown);
    return directory.resolve(ToolFiles.singleArchive(directory, shown).getFileName());
  }

  /** The board in the archive: any election belenios-tool 2.0 handles (see {@link Board#read}). */
  Board board(CommandEnvironment environment) throws IOException, BeleniosFormatException {
    return Board.read(archive(environment));
  }
}
