package org.scrutineer.cli.belenios.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup make-trustees}: reads {@code DIR/public_keys.jsons} (the trustees' {@code .pubkey}
 * files, one per line) and writes {@code DIR/trustees.json}, {@code [["Single",key],…]} in input
 * order (Belenios spec 2.0 §4.7), then {@code ["Pedersen", threshold.json]} if that file exists. As
 * belenios-tool, the threshold parameters are only read here (no group is known yet); {@code
 * make-election} checks them.
 */
@Command(
    name = "make-trustees",
    mixinStandardHelpOptions = true,
    description = "Read DIR/public_keys.jsons (one trustee public key per line) and write DIR/trustees.json.")
public final class MakeTrusteesCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--dir", paramLabel = "DIR", description = "Read and write election files in DIR (default: ${DEFAULT-VALUE}).")
  private String dir = ".";

  public MakeTrusteesCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path directory = ToolFiles.existingDirectory(environment, "--dir", dir);
    String keysName = ToolFiles.concat(dir, "public_keys.jsons");
    List<byte[]> lines = ToolFiles.lines(ToolFiles.read(directory.resolve("public_keys.jsons"), keysName));
    Optional<ThresholdParameters> threshold = Optional.empty();
    if (Files.exists(directory.resolve("threshold.json"))) {
      String thresholdName = ToolFiles.concat(dir, "threshold.json");
      ThresholdParameters parameters =
          ThresholdParameters.parse(ToolFiles.readText(directory.resolve("threshold.json")), thresholdName);
      threshold = Optional.of(parameters);
    }
    if (lines.isEmpty() && threshold.isEmpty()) {
      throw new CommandFailure("trustees are missing (" + keysName + " is empty)");
    }
    List<TrusteePublicKey> keys = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String where = keysName + " line " + (i + 1);
      keys.add(TrusteePublicKey.read(JsonReading.parse(lines.get(i), where), where));
    }
    List<Trustees.Item> items = new ArrayList<>();
    keys.forEach(key -> items.add(new Trustees.Single(key)));
    threshold.ifPresent(parameters -> items.add(new Trustees.Pedersen(parameters)));
    ToolFiles.replace(directory.resolve("trustees.json"), ToolFiles.withNewline(new Trustees(items).toJson()));
    return 0;
  }
}
