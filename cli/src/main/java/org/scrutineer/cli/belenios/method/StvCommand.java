package org.scrutineer.cli.belenios.method;

import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.json.belenios.BeleniosMethodJson;
import org.scrutineer.count.method.belenios.BeleniosStv;
import org.scrutineer.count.method.belenios.BeleniosStvResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code method stv --nseats N}: Belenios' STV on rankings (1 = best, 0 = unranked) read on standard
 * input, computed in binary64 exactly as belenios-tool 2.0 does so that the output is the same bytes.
 */
@Command(
    name = "stv",
    mixinStandardHelpOptions = true,
    description = "Compute Single Transferable Vote result: reads JSON ballots on standard input, rankings 1 (best) to X (worst).")
public final class StvCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--nseats", paramLabel = "N", description = "Number of seats.")
  private Long nseats;

  public StvCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    // as belenios-tool: the option is checked before standard input is read
    if (nseats == null) {
      throw new CommandFailure("--nseats is missing");
    }
    if (nseats <= 0) {
      throw new CommandFailure("invalid --nseats parameter");
    }
    BeleniosStvResult result = BeleniosStv.asBeleniosTool(StandardInputBallots.read(environment), nseats);
    if (result.toolAssertion().isPresent()) {
      throw new CommandFailure(result.toolAssertion().get());
    }
    environment.output(BeleniosMethodJson.stv(result));
    return 0;
  }
}
