package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer contest tally}: Tally each section without the ballots of removed credentials, decrypt, verify, and write result.json. Runs once. */
@Command(name = "tally", mixinStandardHelpOptions = true, description = "Tally each section without the ballots of removed credentials, decrypt, verify, and write result.json. Runs once.")
public final class TallyContestCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Option(names = "--trustee-key", paramLabel = "FILE", description = "A trustee's private key: the one trustee's .privkey, or for K-of-N threshold trustees N.key (with N.dkey beside it), once for each of K trustees (default: the keys open kept in private/trustees/, the first K for threshold trustees).")
  List<Path> keys = new ArrayList<>();

  public TallyContestCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return contest.step(environment, runner -> runner.tally(keys.stream().map(key -> environment.resolve(key.toString())).toList()));
  }
}
