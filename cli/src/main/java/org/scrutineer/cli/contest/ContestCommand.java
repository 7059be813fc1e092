package org.scrutineer.cli.contest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scrutineer contest …}: one leadership contest, step by step, on its directory (docs/contest.md). */
@Command(
    name = "contest",
    mixinStandardHelpOptions = true,
    description = "Run a leadership contest step by step: init, electorate, nominations, open, cast, remove, close, tally, report, verify.",
    subcommands = {InitCommand.class, ElectorateContestCommand.class, NominationsContestCommand.class, OpenCommand.class, CastCommand.class,
      RemoveCommand.class, CloseCommand.class, TallyContestCommand.class, ReportCommand.class, VerifyContestCommand.class})
public final class ContestCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "required COMMAND name is missing: init, electorate, nominations, open, cast, remove, close, tally, report or verify.");
  }
}
