package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.nio.file.Path;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.electorate.rules.Ruleset;
import picocli.CommandLine.Option;

/** The {@code --rules FILE} that evaluate, explain and export need, read whole or failing with every problem. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "FILE", required = true, description = "Ruleset file (docs/formats/ruleset.md).")
  Path rules;

  Ruleset read(CommandEnvironment environment) throws IOException {
    return RulesFile.read(environment, rules);
  }
}
