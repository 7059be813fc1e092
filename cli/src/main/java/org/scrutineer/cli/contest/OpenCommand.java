package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.run.TrusteeScheme;

/**
 * {@code scrutineer contest open}: Open the ballot boxes: one Belenios election per section with
 * voters, the same trustees (one, or K-of-N threshold) for all, and the same ballot (one candidate,
 * or a ranking counted by the alternative vote).
 */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the ballot boxes: one Belenios election per section with voters, the same trustees (one, or K-of-N threshold) and the same ballot for all.")
public final class OpenCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin ContestOptions contest;

  @Option(names = "--trustees", paramLabel = "K-of-N", defaultValue = "1-of-1",
      description = "The trustees: 1-of-1, one trustee with the whole key, or K-of-N threshold trustees, any K of whom decrypt (e.g. 2-of-3) (default: ${DEFAULT-VALUE}).")
  String trustees;

  @Option(names = "--ballot", paramLabel = "KIND", defaultValue = "plurality",
      description = "plurality: one candidate or blank, summed homomorphically; ranked: a ranking of the candidates, shuffled, decrypted"
          + " and counted by the alternative vote over every section (count.json) (default: ${DEFAULT-VALUE}).")
  String ballot;

  public OpenCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    TrusteeScheme scheme = TrusteeScheme.parse(trustees).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--trustees " + trustees + " is not a trustee scheme: give 1-of-1, or K-of-N with 2 <= K <= N <= 20, e.g. 2-of-3"));
    BallotKind kind = BallotKind.fromKey(ballot.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--ballot " + ballot + " is not a ballot: give plurality or ranked"));
    return contest.step(environment, runner -> runner.open(scheme, kind));
  }
}
