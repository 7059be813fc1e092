package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest report}: report.html and summary.txt, the result and the scrutineer's report (contest.run.Reporting). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write report.html (the result by section with a chart, and the scrutineer's report: ballots, removals, what was verified,"
        + " how to re-verify) and summary.txt, and print the summary.")
public final class ReportCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  public ReportCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return contest.step(environment, runner -> runner.report());
  }
}
