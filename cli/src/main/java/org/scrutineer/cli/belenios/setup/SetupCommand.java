package org.scrutineer.cli.belenios.setup;

import org.scrutineer.cli.belenios.BeleniosCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setup}: election set-up — token, credentials, trustee keys, trustees and election files. */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description = "Election setup commands.",
    subcommands = {
      GenerateTokenCommand.class,
      GenerateCredentialsCommand.class,
      GenerateTrusteeKeyCommand.class,
      GenerateTrusteeKeyThresholdCommand.class,
      MakeTrusteesCommand.class,
      MakeElectionCommand.class
    })
public final class SetupCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw BeleniosCommand.missingCommand(spec);
  }
}
