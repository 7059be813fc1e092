package org.scrutineer.cli.contest;

import java.util.List;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.ThrottledLines;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.run.ContestRunner;
import org.scrutineer.contest.run.StepOutcome;
import picocli.CommandLine.Option;

/** {@code --dir}, which every contest command takes, and what every command does with a step's outcome. */
final class ContestOptions {
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "The contest directory (default: the current directory).")
  String dir;

  /** The runner on {@code --dir}, its progress lines throttled on standard error ({@code I: …}). */
  ContestRunner runner(CommandEnvironment environment) {
    ThrottledLines lines = new ThrottledLines(environment::info, environment.clock());
    return new ContestRunner(environment.resolve(dir), new InProcessBelenios(environment), environment.clock(), lines::offer);
  }

  /**
   * Prints a done step's lines, and its warnings as {@code W:} lines on standard error (the step did
   * its job: exit 0); for a refused one, each problem as an {@code E:} line, then fails with the first.
   */
  static int finish(CommandEnvironment environment, StepOutcome outcome) {
    if (outcome instanceof StepOutcome.Refused refused) {
      List<ContestError> problems = refused.problems();
      if (problems.size() > 1) {
        problems.forEach(problem -> environment.error("E: " + problem.message()));
        throw new CommandFailure(problems.size() + " problems (listed above), nothing changed; the first: " + problems.get(0).message());
      }
      throw new CommandFailure(problems.get(0).message() + " (nothing changed)");
    }
    StepOutcome.Done done = (StepOutcome.Done) outcome;
    done.warnings().forEach(warning -> environment.error("W: " + warning));
    done.lines().forEach(environment::output);
    return 0;
  }
}
