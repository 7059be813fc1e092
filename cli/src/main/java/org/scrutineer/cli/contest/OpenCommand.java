package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer contest open}: Open the ballot boxes: one Belenios election per section with voters, one trustee key shared by all. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the ballot boxes: one Belenios election per section with voters, one trustee key shared by all.")
public final class OpenCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  public OpenCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return ContestOptions.finish(environment, contest.runner(environment).open());
  }
}
