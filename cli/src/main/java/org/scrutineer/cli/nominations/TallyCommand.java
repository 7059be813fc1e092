package org.scrutineer.cli.nominations;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.nominations.json.ResultJson;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scrutineer nominations tally}: reads the rules and nominations, decides who is validly
 * nominated, prints a table with each candidate's reasons and, with {@code --json}, writes the
 * result with every decision. Exits 0 whatever the outcome; 124 when the input has errors (all
 * listed, as {@code E:} lines) or cannot be read.
 */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    description = {
      "Count nominations: who is validly nominated, with every threshold and its numbers.",
      "Example: scrutineer nominations tally --rules examples/nominations/2016-challenge/rules.json"
          + " --nominators examples/nominations/2016-challenge/nominators.csv --nominations examples/nominations/2016-challenge/nominations.csv"
    })
public final class TallyCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private NominationFiles files;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the result, with every decision, as JSON to OUT.")
  private String json;

  public TallyCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    ReadingProgress progress = new ReadingProgress(environment, environment.clock());
    NominationFiles.Loaded loaded = files.load(environment, progress);
    progress.step("deciding " + ResultText.number(loaded.input().nominations().size()) + " parliamentary nominations");
    NominationResult result = Tally.count(loaded.input(), loaded.rules());
    ResultText.summary(spec.commandLine().getOut(), result);
    if (json != null) {
      Path out = environment.resolve(json);
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        ResultJson.write(result, writer);
      }
      spec.commandLine().getOut().println("JSON written to " + json);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
