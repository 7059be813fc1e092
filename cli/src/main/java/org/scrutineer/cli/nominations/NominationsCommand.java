package org.scrutineer.cli.nominations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scrutineer nominations …}: who is validly nominated for leader, and why (docs/nominations.md). */
@Command(
    name = "nominations",
    mixinStandardHelpOptions = true,
    description = "Count leadership nominations against rules given as data, and explain every decision.",
    subcommands = {TallyCommand.class, ExplainCommand.class})
public final class NominationsCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "required COMMAND name is missing, must be one of 'explain' or 'tally'.");
  }
}
