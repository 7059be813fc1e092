package org.scrutineer.cli.belenios.method;

import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.json.belenios.BeleniosMethodJson;
import org.scrutineer.count.method.mj.MajorityJudgment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code method majority-judgment --ngrades G --blank-allowed B [--nchoices N]}: majority judgment
 * on grades 1 (best) … G, as belenios-tool 2.0.
 */
@Command(
    name = "majority-judgment",
    mixinStandardHelpOptions = true,
    description = "Compute Majority Judgment result: reads JSON ballots on standard input, grades 1 (best) to G (worst) for N choices.")
public final class MajorityJudgmentCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--blank-allowed", paramLabel = "B", arity = "1", converter = StandardInputBallots.Bool.class, description = "Is blank allowed?")
  private Boolean blankAllowed;

  @Option(names = "--nchoices", paramLabel = "N", description = "Number of choices. If 0, try to infer it (default: 0).")
  private long nchoices;

  @Option(names = "--ngrades", paramLabel = "G", description = "Number of grades.")
  private Long ngrades;

  public MajorityJudgmentCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    // belenios-tool's order: ballots, number of choices, --ngrades, --blank-allowed
    BeleniosBallots ballots = StandardInputBallots.read(environment);
    int n = StandardInputBallots.nchoices(nchoices, ballots);
    if (ngrades == null) {
      throw new CommandFailure("--ngrades is missing");
    }
    if (ngrades <= 0) {
      throw new CommandFailure("invalid --ngrades parameter");
    }
    if (n * (double) ngrades > 10_000_000) {
      throw new CommandFailure(n + " choices × " + ngrades + " grades is more than this command counts (at most 10,000,000 cells)");
    }
    if (blankAllowed == null) {
      throw new CommandFailure("--blank-allowed is missing");
    }
    environment.output(BeleniosMethodJson.majorityJudgment(MajorityJudgment.compute(ballots, n, (int) (long) ngrades, blankAllowed)));
    return 0;
  }
}
