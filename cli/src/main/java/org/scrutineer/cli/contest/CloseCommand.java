package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest close}: Close every section's ballot box (EndBallots). */
@Command(name = "close", mixinStandardHelpOptions = true, description = "Close every section's ballot box (EndBallots).")
public final class CloseCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  public CloseCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return contest.step(environment, runner -> runner.close());
  }
}
