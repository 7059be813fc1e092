package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.contest.run.ContestVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest verify}: Verify the contest: recorded digests, every archive, cast against counted ballots, result.json. Writes nothing. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify the contest: recorded digests, every archive, cast against counted ballots, result.json. Writes nothing.")
public final class VerifyContestCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  public VerifyContestCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    ContestVerification.Report report = contest.withRunner(environment, runner -> runner.verify());
    report.lines().forEach(environment::output);
    report.problems().forEach(problem -> environment.error("E: " + problem));
    if (!report.passed()) {
      throw new CommandFailure("the contest does not verify: " + report.problems().size() + " problem(s); the first: " + report.problems().get(0));
    }
    environment.output("the contest verifies");
    return 0;
  }
}
