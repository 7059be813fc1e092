package org.scrutineer.cli.belenios.election;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-result}: checks each trustee's partial decryption in the archive against
 * the encrypted tally recomputed from the ballots, combines them and prints {@code {"result":[…]}}
 * (Belenios spec 2.0 §4.18, §4.19), ready for {@code archive add-event --type=Result}.
 */
@Command(
    name = "compute-result",
    mixinStandardHelpOptions = true,
    description = "Check the partial decryptions, combine them and print the result.")
public final class ComputeResultCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  public ComputeResultCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Board board = directory.board(environment);
    Election election = board.election();
    if (board.partialDecryptions().isEmpty()) {
      throw new CommandFailure("missing partial decryptions");
    }
    List<TrusteePublicKey> trustees = board.trustees().singles();
    PartialDecryption[] byTrustee = new PartialDecryption[trustees.size()];
    for (Board.OwnedData owned : board.partialDecryptions()) {
      int owner = owned.owned().owner();
      if (owner < 1 || owner > trustees.size()) {
        throw new CommandFailure(
            "a partial decryption has owner " + owner + ", but the trustees are numbered 1 to " + trustees.size());
      }
      byTrustee[owner - 1] = PartialDecryption.parse(owned.payload()); // a later one replaces an earlier one
    }
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), election.group()));
    for (int i = 0; i < byTrustee.length; i++) {
      if (byTrustee[i] == null) {
        throw new CommandFailure("a partial decryption is missing (trustee " + (i + 1) + ")");
      }
      Optional<String> problem = byTrustee[i].check(election, outcome.tally(), trustees.get(i).publicKey());
      if (problem.isPresent()) {
        throw new CommandFailure("invalid partial decryption (trustee " + (i + 1) + ": " + problem.get() + ")");
      }
    }
    List<PartialDecryption> decryptions = Arrays.asList(byTrustee);
    try {
      environment.output(ElectionResult.compute(election, outcome.tally(), outcome.totalWeight(), decryptions).toJson());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    return 0;
  }
}
