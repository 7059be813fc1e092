package org.scrutineer.cli.belenios.archive;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive init}: creates {@code DIR/UUID.bel} from the election, trustees and public
 * credentials files (Belenios spec 2.0 §4.4, §4.10): header, the three files, setup_data and the
 * Setup event. The files are stored as belenios-tool stores them (one final newline dropped, logins
 * removed from the credentials) and are not otherwise checked, as in belenios-tool.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Create DIR/UUID.bel from the election setup files.")
public final class InitCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--dir", paramLabel = "DIR", description = "Create the archive in DIR (default: ${DEFAULT-VALUE}).")
  private String dir = ".";

  @Option(names = "--election", paramLabel = "ELECTION", description = "Read the election from ELECTION (default: ${DEFAULT-VALUE}).")
  private String election = "election.json";

  @Option(names = "--trustees", paramLabel = "TRUSTEES", description = "Read the trustees from TRUSTEES (default: ${DEFAULT-VALUE}).")
  private String trustees = "trustees.json";

  @Option(
      names = "--public-creds",
      paramLabel = "PUBLIC-CREDS",
      description = "Read the public credentials from PUBLIC-CREDS (default: ${DEFAULT-VALUE}).")
  private String publicCreds = "public_creds.json";

  public InitCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path directory = ToolFiles.existingDirectory(environment, "--dir", dir);
    byte[] electionBytes = ToolFiles.read(environment.resolve(election), election);
    byte[] trusteesBytes = ToolFiles.read(environment.resolve(trustees), trustees);
    byte[] credentialBytes = ToolFiles.read(environment.resolve(publicCreds), publicCreds);
    try {
      ArchiveWriter.create(directory, electionBytes, trusteesBytes, credentialBytes, environment.unixTime());
    } catch (FileAlreadyExistsException e) {
      Path existing = Path.of(e.getFile()).getFileName();
      throw new CommandFailure(ToolFiles.concat(dir, existing.toString()) + " already exists", e);
    }
    return 0;
  }
}
