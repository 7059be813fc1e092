package org.scrutineer.cli.belenios.method;

import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.json.belenios.BeleniosMethodJson;
import org.scrutineer.count.method.schulze.Schulze;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code method schulze --blank-allowed B [--nchoices N]}: the Schulze method, as belenios-tool 2.0. */
@Command(
    name = "schulze",
    mixinStandardHelpOptions = true,
    description = "Compute Schulze result: reads JSON ballots on standard input, Condorcet rankings on N choices.")
public final class SchulzeCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--blank-allowed", paramLabel = "B", arity = "1", converter = StandardInputBallots.Bool.class, description = "Is blank allowed?")
  private Boolean blankAllowed;

  @Option(names = "--nchoices", paramLabel = "N", description = "Number of choices. If 0, try to infer it (default: 0).")
  private long nchoices;

  public SchulzeCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    // belenios-tool's order: read the ballots, then the number of choices, then --blank-allowed
    BeleniosBallots ballots = StandardInputBallots.read(environment);
    int n = StandardInputBallots.nchoices(nchoices, ballots);
    if (n > 2_000) {
      // the beatpaths take n³ steps: belenios-tool would run for hours
      throw new CommandFailure("--nchoices " + n + " is more choices than this command ranks (at most 2000)");
    }
    if (blankAllowed == null) {
      throw new CommandFailure("--blank-allowed is missing");
    }
    environment.output(BeleniosMethodJson.schulze(Schulze.compute(ballots, n, blankAllowed)));
    return 0;
  }
}
