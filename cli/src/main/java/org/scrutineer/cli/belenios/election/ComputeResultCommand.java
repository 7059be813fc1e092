package org.scrutineer.cli.belenios.election;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.Lagrange;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-result}: checks each trustee's partial decryption in the archive against
 * the encrypted tally recomputed from the ballots, combines them and prints {@code {"result":[…]}}
 * (Belenios spec 2.0 §4.18, §4.19); threshold (Pedersen) trustees are combined by Lagrange
 * interpolation over any t of their members. Ready for {@code archive add-event --type=Result}.
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
    Board board = directory.boardWithThresholdTrustees(environment);
    Election election = board.election();
    if (board.partialDecryptions().isEmpty()) {
      throw new CommandFailure("missing partial decryptions");
    }
    List<BigInteger> keys = decryptionKeys(board.trustees());
    PartialDecryption[] byOwner = new PartialDecryption[keys.size()];
    for (Board.OwnedData owned : board.partialDecryptions()) {
      int owner = owned.owned().owner();
      if (owner < 1 || owner > keys.size()) {
        throw new CommandFailure(
            "a partial decryption has owner " + owner + ", but the trustees are numbered 1 to " + keys.size());
      }
      byOwner[owner - 1] = PartialDecryption.parse(owned.payload()); // a later one replaces an earlier one
    }
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), election.group()));
    for (int i = 0; i < byOwner.length; i++) {
      if (byOwner[i] != null) {
        Optional<String> problem = byOwner[i].check(election, outcome.tally(), keys.get(i));
        if (problem.isPresent()) {
          throw new CommandFailure("invalid partial decryption (trustee " + (i + 1) + ": " + problem.get() + ")");
        }
      }
    }
    List<PartialDecryption> decryptions = combined(election.group(), board.trustees(), byOwner);
    try {
      environment.output(ElectionResult.compute(election, outcome.tally(), outcome.totalWeight(), decryptions).toJson());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    return 0;
  }

  /** The key each owner number's partial decryption is checked against: Singles' keys, members' verification keys. */
  private static List<BigInteger> decryptionKeys(Trustees trustees) {
    List<BigInteger> keys = new ArrayList<>();
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single single) {
        keys.add(single.key().publicKey());
      } else {
        ((Trustees.Pedersen) item).parameters().verificationKeys().forEach(k -> keys.add(k.publicKey()));
      }
    }
    return keys;
  }

  /**
   * One decryption per trustees item: a Single's own, and for a Pedersen group the factors of its
   * first t members that decrypted (in member order, as belenios-tool's {@code
   * compute_synthetic_factors}) combined with Lagrange coefficients (spec §4.19).
   */
  private static List<PartialDecryption> combined(Group group, Trustees trustees, PartialDecryption[] byOwner) {
    List<PartialDecryption> result = new ArrayList<>();
    int owner = 0;
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single) {
        if (byOwner[owner] == null) {
          throw new CommandFailure("a partial decryption is missing (trustee " + (owner + 1) + ")");
        }
        result.add(byOwner[owner]);
        owner++;
        continue;
      }
      ThresholdParameters parameters = ((Trustees.Pedersen) item).parameters();
      List<Integer> indices = new ArrayList<>();
      List<PartialDecryption> chosen = new ArrayList<>();
      for (int m = 0; m < parameters.size() && indices.size() < parameters.threshold(); m++) {
        if (byOwner[owner + m] != null) {
          indices.add(m + 1);
          chosen.add(byOwner[owner + m]);
        }
      }
      if (indices.size() < parameters.threshold()) {
        throw new CommandFailure("not enough partial decryptions: threshold trustees " + (owner + 1) + " to "
            + (owner + parameters.size()) + " gave " + indices.size() + ", " + parameters.threshold() + " are needed");
      }
      List<List<BigInteger>> factors = new ArrayList<>();
      for (int i = 0; i < chosen.get(0).factors().size(); i++) {
        List<BigInteger> row = new ArrayList<>();
        for (int j = 0; j < chosen.get(0).factors().get(i).size(); j++) {
          int q = i;
          int a = j;
          row.add(Lagrange.combine(group, indices, chosen.stream().map(d -> d.factors().get(q).get(a)).toList()));
        }
        factors.add(row);
      }
      // The combined factors have no proof of their own; each member's was checked above.
      result.add(new PartialDecryption(factors, chosen.get(0).proofs()));
      owner += parameters.size();
    }
    return result;
  }
}
