package org.scrutineer.cli.belenios.election;

import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-encrypted-tally}: checks every ballot, then prints two lines — the
 * encrypted tally of the counted ballots (Belenios spec 2.0 §4.16) and the {@code
 * sized_encrypted_tally} naming it — ready for {@code archive add-event --type=EncryptedTally}.
 */
@Command(
    name = "compute-encrypted-tally",
    mixinStandardHelpOptions = true,
    description = "Compute the encrypted tally: prints it, then {num_tallied,total_weight,encrypted_tally}.")
public final class ComputeEncryptedTallyCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  public ComputeEncryptedTallyCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Board board = directory.board(environment);
    BallotCasting.Outcome outcome =
        BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), board.election().group()));
    environment.output(outcome.tallyJson());
    environment.output(outcome.sized().toJson());
    return 0;
  }
}
