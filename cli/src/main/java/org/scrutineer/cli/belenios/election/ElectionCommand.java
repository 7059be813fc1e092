package org.scrutineer.cli.belenios.election;

import org.scrutineer.cli.belenios.BeleniosCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code election}: voter, trustee, tallier and auditor commands on an election's {@code UUID.bel}. */
@Command(
    name = "election",
    mixinStandardHelpOptions = true,
    description = "Election management commands (each reads the single UUID.bel in --dir).",
    subcommands = {
      GenerateBallotCommand.class,
      VerifyCommand.class,
      VerifyDiffCommand.class,
      DecryptCommand.class,
      DecryptThresholdCommand.class,
      ComputeResultCommand.class,
      ComputeChecksumsCommand.class,
      ComputeVotersCommand.class,
      ComputeBallotSummaryCommand.class,
      ComputeEncryptedTallyCommand.class,
      ShuffleCommand.class
    })
public final class ElectionCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw BeleniosCommand.missingCommand(spec);
  }
}
