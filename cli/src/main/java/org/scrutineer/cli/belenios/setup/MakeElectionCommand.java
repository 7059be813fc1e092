package org.scrutineer.cli.belenios.setup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.ElectionTemplate;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.group.Group;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup make-election}: the template plus version, group, uuid and the election public key
 * (the product of the trustees' keys in {@code DIR/trustees.json}), written as {@code
 * DIR/election.json} (Belenios spec 2.0 §4.10).
 */
@Command(
    name = "make-election",
    mixinStandardHelpOptions = true,
    description = "Read the template and DIR/trustees.json, compute the election public key, write DIR/election.json.")
public final class MakeElectionCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--dir", paramLabel = "DIR", description = "Read and write election files in DIR (default: ${DEFAULT-VALUE}).")
  private String dir = ".";

  @Option(names = "--uuid", paramLabel = "UUID", description = "UUID of the election.")
  private String uuid;

  @Option(names = "--group", paramLabel = "GROUP", description = "Use group GROUP (BELENIOS-2048 or RFC-3526-2048).")
  private String group;

  @Option(names = "--template", paramLabel = "TEMPLATE", description = "Read the election template from TEMPLATE.")
  private String template;

  @Option(names = "--protocol-version", paramLabel = "VERSION", description = "Protocol version (default: ${DEFAULT-VALUE}).")
  private int protocolVersion = SetupOptions.PROTOCOL_VERSION;

  public MakeElectionCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path directory = ToolFiles.existingDirectory(environment, "--dir", dir);
    Path templateFile = template == null ? null : ToolFiles.existingFile(environment, "--template", template);
    SetupOptions.protocolVersion(protocolVersion);
    Group chosen = SetupOptions.group(group);
    String election = SetupOptions.uuid(uuid);
    ToolFiles.mandatory("--template", templateFile);
    ElectionTemplate parsed = ElectionTemplate.parse(ToolFiles.readText(templateFile), template);
    Path trusteesFile = directory.resolve("trustees.json");
    if (!java.nio.file.Files.exists(trusteesFile)) {
      throw new CommandFailure("trustees are missing (" + ToolFiles.concat(dir, "trustees.json") + " does not exist)");
    }
    Trustees trustees = Trustees.parse(ToolFiles.readText(trusteesFile), ToolFiles.concat(dir, "trustees.json"));
    for (int i = 0; i < trustees.thresholdGroups().size(); i++) {
      int index = i + 1;
      trustees.thresholdGroups().get(i).problem(chosen).ifPresent(problem -> {
        throw new CommandFailure("trustees.json: threshold trustees " + index + ": " + problem + " (spec §4.6)");
      });
    }
    Election made = Election.create(parsed, chosen, trustees.combinedKey(chosen), election);
    ToolFiles.replace(directory.resolve("election.json"), ToolFiles.withNewline(made.bytes()));
    return 0;
  }
}
