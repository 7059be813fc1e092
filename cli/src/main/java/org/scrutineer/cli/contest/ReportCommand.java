package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest report}: Write summary.txt, the result by section in plain text, and print it. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write summary.txt, the result by section in plain text, and print it.")
public final class ReportCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  public ReportCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    // report.html (org.scrutineer.contest.report) is another step of issue #7; this writes the plain-text summary.
    return ContestOptions.finish(environment, contest.runner(environment).report());
  }
}
