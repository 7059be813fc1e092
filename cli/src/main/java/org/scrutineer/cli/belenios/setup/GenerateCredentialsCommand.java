package org.scrutineer.cli.belenios.setup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup generate-credentials}: the credential authority's job (Belenios spec 2.0 §4.8).
 * Writes {@code T.privcreds} (0400) and {@code T.pubcreds} (0444), T being the Unix time, and prints
 * the public credentials fingerprint; or, with {@code --derive}, prints one public credential.
 */
@Command(
    name = "generate-credentials",
    mixinStandardHelpOptions = true,
    description = {
      "Generate credentials for an election: DIR/T.privcreds holds one private credential per voter",
      "(send each to its voter, then destroy the file), DIR/T.pubcreds the public credentials for the",
      "administrator; T is the Unix time."
    })
public final class GenerateCredentialsCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--uuid", paramLabel = "UUID", description = "UUID of the election.")
  private String uuid;

  @Option(names = "--group", paramLabel = "GROUP", description = "Use group GROUP (BELENIOS-2048 or RFC-3526-2048).")
  private String group;

  @Option(names = "--dir", paramLabel = "DIR", description = "Write the files into DIR (default: ${DEFAULT-VALUE}).")
  private String dir = ".";

  @Option(names = "--count", paramLabel = "N", description = "Generate N credentials, with ids N-digit numbers.")
  private Integer count;

  @Option(names = "--file", paramLabel = "FILE", description = "One credential per line of FILE: ADDRESS[,LOGIN[,WEIGHT]].")
  private String file;

  @Option(names = "--derive", paramLabel = "PRIVATE_CRED", description = "Print the public credential of PRIVATE_CRED.")
  private String derive;

  @Option(names = "--protocol-version", paramLabel = "VERSION", description = "Protocol version (default: ${DEFAULT-VALUE}).")
  private int protocolVersion = SetupOptions.PROTOCOL_VERSION;

  public GenerateCredentialsCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path directory = ToolFiles.existingDirectory(environment, "--dir", dir);
    Path voters = file == null ? null : ToolFiles.existingFile(environment, "--file", file);
    SetupOptions.protocolVersion(protocolVersion);
    Group chosen = SetupOptions.group(group);
    String election = SetupOptions.uuid(uuid);
    int actions = (count != null ? 1 : 0) + (file != null ? 1 : 0) + (derive != null ? 1 : 0);
    if (actions != 1) {
      throw new CommandFailure("--count, --file and --derive are mutually exclusive (give exactly one)");
    }
    if (derive != null) {
      Credential credential =
          Credential.parse(derive).orElseThrow(() -> new CommandFailure("invalid secret credential: " + derive));
      environment.output(credential.publicCredential(chosen, election).toString());
      return 0;
    }
    if (count != null && count < 1) {
      throw new CommandFailure("the argument of --count must be a positive number");
    }
    List<String> ids =
        count != null
            ? CredentialBatch.numberedIds(count)
            : ToolFiles.lines(Files.readAllBytes(voters)).stream()
                .map(line -> new String(line, StandardCharsets.UTF_8))
                .toList();
    CredentialBatch batch = CredentialBatch.generate(chosen, election, ids, environment.random().get());
    String base = Long.toString(environment.unixTime());
    String privateName = ToolFiles.concat(dir, base + ".privcreds");
    ToolFiles.createNew(directory.resolve(base + ".privcreds"), batch.privateFile(), ToolFiles.SECRET, privateName);
    environment.output(batch.privateLines().size() + " private credentials with ids saved to " + privateName);
    String publicName = ToolFiles.concat(dir, base + ".pubcreds");
    ToolFiles.createNew(directory.resolve(base + ".pubcreds"), batch.publicFile(), ToolFiles.PUBLIC, publicName);
    environment.output(batch.publicWithLogins().size() + " public credentials saved to " + publicName);
    environment.output("The fingerprint of public credentials is " + batch.fingerprint());
    return 0;
  }
}
