package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.rules.Ruleset;
import org.scrutineer.electorate.rules.RulesetReader;

/** Reads a ruleset file given on the command line, or fails with every problem in it. */
final class RulesFile {
  private RulesFile() {}

  static Ruleset read(CommandEnvironment environment, Path file) throws IOException {
    Path path = environment.resolve(file.toString());
    Parsed<Ruleset> parsed = RulesetReader.read(file.toString(), Files.readString(path, StandardCharsets.UTF_8));
    if (!parsed.problems().isEmpty()) {
      throw Problems.report(environment, parsed.problems(), "the ruleset was not used");
    }
    return parsed.orElseThrow();
  }
}
