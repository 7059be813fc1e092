package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.List;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.ProgressBar;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.run.ContestRunner;
import org.scrutineer.contest.run.StepOutcome;
import picocli.CommandLine.Option;

/** {@code --dir}, which every contest command takes, and what every command does with a step's outcome. */
final class ContestOptions {
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "The contest directory (default: the current directory).")
  String dir;

  /** What a command does with the runner on {@code --dir}. */
  @FunctionalInterface
  interface RunnerCall<T> {
    T on(ContestRunner runner) throws IOException;
  }

  /** Calls {@code call} with the runner on {@code --dir}, long steps' progress shown as a {@link ProgressBar}. */
  <T> T withRunner(CommandEnvironment environment, RunnerCall<T> call) throws IOException {
    ProgressBar bar = ProgressBar.on(environment);
    ContestRunner runner = new ContestRunner(environment.resolve(dir), new InProcessBelenios(environment), environment.clock(),
        progress -> bar.show(progress.step(), progress.fraction(), progress.now()));
    try {
      return call.on(runner);
    } finally {
      bar.end();
    }
  }

  /** Runs a step with {@link #withRunner} and {@link #finish}es with its outcome. */
  int step(CommandEnvironment environment, RunnerCall<StepOutcome> step) throws IOException {
    return finish(environment, withRunner(environment, step));
  }

  /**
   * Prints a done step's lines and exits {@link ExitStatus#OK}; when it rejected some of its input
   * (ballots {@code cast} refused and recorded), each as a {@code W:} line on standard error first,
   * then exits {@link ExitStatus#SOME_REJECTED}. For a refused step, each problem as an {@code E:}
   * line, then fails with the first ({@link ExitStatus#FAILURE}).
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
    done.rejected().forEach(rejected -> environment.warning(rejected));
    done.lines().forEach(environment::output);
    return done.rejected().isEmpty() ? ExitStatus.OK : ExitStatus.SOME_REJECTED;
  }
}
