package org.scrutineer.cli.belenios.election;

import java.util.concurrent.Callable;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.cli.CommandEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-ballot-summary}: checks every ballot, then prints {@code
 * [{"hash":H,"weight":W},…]} — every ballot in archive order, superseded ones included, H being its
 * archive name (hex SHA-256) and W its weight, given only when the credentials carry weights.
 */
@Command(
    name = "compute-ballot-summary",
    mixinStandardHelpOptions = true,
    description = "Print the hash (archive name) and weight of every ballot.")
public final class ComputeBallotSummaryCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  public ComputeBallotSummaryCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Board board = directory.board(environment);
    VoterRoll roll = VoterRoll.parse(board.credentialsBytes(), board.election().group());
    BallotCasting.Outcome outcome = BallotCasting.cast(board, roll);
    environment.output(
        JsonWriting.bytes(
            json -> {
              json.writeStartArray();
              for (BallotCasting.CastBallot ballot : outcome.ballots()) {
                json.writeStartObject();
                json.writeStringField("hash", ballot.hash());
                if (roll.weighted()) {
                  json.writeFieldName("weight");
                  JsonWriting.weight(json, ballot.weight());
                }
                json.writeEndObject();
              }
              json.writeEndArray();
            }));
    return 0;
  }
}
