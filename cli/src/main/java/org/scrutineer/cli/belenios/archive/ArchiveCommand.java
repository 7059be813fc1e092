package org.scrutineer.cli.belenios.archive;

import org.scrutineer.cli.belenios.BeleniosCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code archive}: create and grow the public board {@code UUID.bel}. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = "Manage archives (the public board UUID.bel).",
    subcommands = {InitCommand.class, AddEventCommand.class})
public final class ArchiveCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw BeleniosCommand.missingCommand(spec);
  }
}
