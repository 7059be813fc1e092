package org.scrutineer.cli.electorate;

import java.util.List;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.InputProblem;

/** Input problems as {@code E:} lines (the first hundred), then one failure line with the total. */
final class Problems {
  static final int SHOWN = 100;

  private Problems() {}

  static CommandFailure report(CommandEnvironment environment, List<InputProblem> problems, String consequence) {
    problems.stream().limit(SHOWN).forEach(problem -> environment.error("E: " + problem));
    if (problems.size() > SHOWN) {
      environment.error("E: ... and " + (problems.size() - SHOWN) + " more");
    }
    return new CommandFailure(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the input; " + consequence + ". Fix them and run again.");
  }
}
