package org.scrutineer.cli.belenios.method;

import org.scrutineer.cli.belenios.BeleniosCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code method}: counting methods on the decrypted ballots of a non-homomorphic question. */
@Command(
    name = "method",
    mixinStandardHelpOptions = true,
    description = "Compute result with specific counting methods.",
    subcommands = {MajorityJudgmentCommand.class, SchulzeCommand.class, StvCommand.class})
public final class MethodCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw BeleniosCommand.missingCommand(spec);
  }
}
