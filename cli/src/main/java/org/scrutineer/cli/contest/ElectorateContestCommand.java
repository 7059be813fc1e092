package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scrutineer.cli.electorate.RegisterOptions;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.run.ElectorateSource;
import org.scrutineer.contest.run.StepOutcome;
import org.scrutineer.contest.step.Step;
import org.scrutineer.electorate.linking.LinkedRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scrutineer contest electorate}: Evaluate who votes in which section under the contest's ruleset (from --extracts or the store); may be redone until open. */
@Command(name = "electorate", mixinStandardHelpOptions = true, description = "Evaluate who votes in which section under the contest's ruleset (from --extracts or the store); may be redone until open.")
public final class ElectorateContestCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Mixin RegisterOptions register;

  public ElectorateContestCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return contest.step(environment, runner -> {
      List<ContestError> refused = runner.directory().check(Step.ELECTORATE);
      if (!refused.isEmpty()) {
        return new StepOutcome.Refused(refused); // before reading a large register
      }
      Map<String, String> digests = new TreeMap<>();
      for (Map.Entry<String, Path> file : register.extractFiles(environment).entrySet()) {
        digests.put(file.getKey(), ContestDirectory.sha256(file.getValue()));
      }
      LinkedRegister linked = register.load(environment);
      ElectorateSource source = new ElectorateSource(register.kind(), register.location(environment), digests);
      return runner.electorate(linked, source);
    });
  }
}
