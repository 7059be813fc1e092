package org.scrutineer.cli.belenios.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive add-event --type T}: appends an event to the archive in DIR (Belenios spec 2.0
 * §4.4). Each line of standard input becomes a data entry and the last one the event's payload;
 * empty input gives an event without payload ({@code EndBallots}, {@code EndShuffles}). The append
 * is durable (fsynced) and all-or-nothing.
 */
@Command(
    name = "add-event",
    mixinStandardHelpOptions = true,
    description = {
      "Add an event to DIR/UUID.bel. Each line of standard input is added to the archive before the",
      "event, and the last line is the event's payload."
    })
public final class AddEventCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--dir", paramLabel = "DIR", description = "Directory holding the archive (default: ${DEFAULT-VALUE}).")
  private String dir = ".";

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Type of event: Ballot, EndBallots, EncryptedTally, Shuffle, EndShuffles, PartialDecryption or Result.")
  private String type;

  public AddEventCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path directory = ToolFiles.existingDirectory(environment, "--dir", dir);
    Path bel = directory.resolve(ToolFiles.singleArchive(directory, dir).getFileName());
    String given = ToolFiles.mandatory("--type", type);
    EventType eventType =
        EventType.fromJson(given)
            .orElseThrow(() -> new CommandFailure("unknown event type \"" + given + "\" (expected one of " + List.of(EventType.values()) + ")"));
    List<byte[]> lines = ToolFiles.lines(environment.in().readAllBytes());
    ArchiveWriter.append(bel, eventType, lines);
    return 0;
  }
}
