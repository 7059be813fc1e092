package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer contest cast}: Cast ballots (one JSON ballot per line, as belenios-tool election generate-ballot prints them) into the boxes of the elections they name; each refused one is recorded in rejections.json (why, on standard error; exit status 1). A line that is no ballot of this contest refuses the whole batch (124). */
@Command(name = "cast", mixinStandardHelpOptions = true, description = "Cast ballots (one JSON ballot per line, as belenios-tool election generate-ballot prints them) into the boxes of the elections they name; each refused one is recorded in rejections.json (why, on standard error; exit status 1). A line that is no ballot of this contest refuses the whole batch (124).")
public final class CastCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Option(names = "--ballots", required = true, paramLabel = "FILE", description = "One ballot per line; - for standard input.")
  String ballots;

  public CastCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    byte[] bytes = ballots.equals("-") ? environment.in().readAllBytes() : Files.readAllBytes(environment.resolve(ballots));
    List<byte[]> lines = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return contest.step(environment, runner -> runner.cast(lines));
  }
}
