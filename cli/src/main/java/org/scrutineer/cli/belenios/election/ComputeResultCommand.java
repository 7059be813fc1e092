package org.scrutineer.cli.belenios.election;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.tally.DecryptionFactors;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-result}: checks each trustee's partial decryption in the archive against
 * the encrypted tally recomputed from the ballots and merged with the last shuffle's output (§4.17),
 * combines them and prints {@code {"result":[…]}} (Belenios spec 2.0 §4.18, §4.19): counts for a
 * homomorphic question, the decrypted ballots in shuffled order for a non-homomorphic one. Threshold
 * (Pedersen) trustees are combined by Lagrange interpolation over any t of their members. Ready for
 * {@code archive add-event --type=Result}.
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
    List<BigInteger> keys = DecryptionFactors.keysByOwner(board.trustees());
    Map<Integer, PartialDecryption> byOwner = new TreeMap<>();
    for (Board.OwnedData owned : board.partialDecryptions()) {
      int owner = owned.owned().owner();
      if (owner < 1 || owner > keys.size()) {
        throw new CommandFailure(
            "a partial decryption has owner " + owner + ", but the trustees are numbered 1 to " + keys.size());
      }
      byOwner.put(owner, PartialDecryption.parse(owned.payload())); // a later one replaces an earlier one
    }
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), election.group()));
    EncryptedTally tally = board.merged(outcome.tally());
    for (Map.Entry<Integer, PartialDecryption> entry : byOwner.entrySet()) {
      Optional<String> problem = entry.getValue().check(election, tally, keys.get(entry.getKey() - 1));
      if (problem.isPresent()) {
        throw new CommandFailure("invalid partial decryption (trustee " + entry.getKey() + ": " + problem.get() + ")");
      }
    }
    DecryptionFactors.Combination combination = DecryptionFactors.combine(election.group(), board.trustees(), byOwner);
    if (combination instanceof DecryptionFactors.Incomplete incomplete) {
      throw new CommandFailure(incomplete.reason());
    }
    List<List<BigInteger>> factors = ((DecryptionFactors.Combined) combination).factors();
    try {
      environment.output(ElectionResult.compute(election, tally, outcome.totalWeight(), factors).toJson());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    return 0;
  }
}
