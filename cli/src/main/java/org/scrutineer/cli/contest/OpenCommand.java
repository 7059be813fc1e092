package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.scrutineer.contest.run.TrusteeScheme;

/** {@code scrutineer contest open}: Open the ballot boxes: one Belenios election per section with voters, the same trustees (one, or K-of-N threshold) for all. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the ballot boxes: one Belenios election per section with voters, the same trustees (one, or K-of-N threshold) for all.")
public final class OpenCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin ContestOptions contest;

  @Option(names = "--trustees", paramLabel = "K-of-N", defaultValue = "1-of-1",
      description = "The trustees: 1-of-1, one trustee with the whole key, or K-of-N threshold trustees, any K of whom decrypt (e.g. 2-of-3) (default: ${DEFAULT-VALUE}).")
  String trustees;

  public OpenCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    TrusteeScheme scheme = TrusteeScheme.parse(trustees).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--trustees " + trustees + " is not a trustee scheme: give 1-of-1, or K-of-N with 2 <= K <= N <= 20, e.g. 2-of-3"));
    return ContestOptions.finish(environment, contest.runner(environment).open(scheme));
  }
}
