package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.nominations.NominationFiles;
import org.scrutineer.cli.nominations.ReadingProgress;
import org.scrutineer.nominations.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest nominations}: Decide who is validly nominated; they make the ballot, in the rules' order. May be redone until open. */
@Command(name = "nominations", mixinStandardHelpOptions = true, description = "Decide who is validly nominated; they make the ballot, in the rules' order. May be redone until open.")
public final class NominationsContestCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Mixin NominationFiles files;

  public NominationsContestCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    NominationFiles.Loaded loaded = files.load(environment, new ReadingProgress(environment, environment.clock()));
    return contest.step(environment, runner -> runner.nominations(Tally.count(loaded.input(), loaded.rules())));
  }
}
