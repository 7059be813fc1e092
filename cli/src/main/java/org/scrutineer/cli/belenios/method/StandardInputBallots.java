package org.scrutineer.cli.belenios.method;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.input.belenios.BeleniosBallotsReader;
import org.scrutineer.count.input.belenios.BeleniosInput;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What the three commands share: the ballots on standard input, and cmdliner's booleans. */
final class StandardInputBallots {
  private StandardInputBallots() {}

  /** The JSON array of ballots on standard input; a malformed one fails the command (exit 124). */
  static BeleniosBallots read(CommandEnvironment environment) throws IOException {
    var reader = new InputStreamReader(environment.in(), StandardCharsets.UTF_8);
    BeleniosInput<BeleniosBallots> read = BeleniosBallotsReader.read(reader, "standard input");
    if (read instanceof BeleniosInput.Problems<BeleniosBallots> problems) {
      throw new CommandFailure(String.join("; ", problems.problems()));
    }
    return ((BeleniosInput.Ok<BeleniosBallots>) read).value();
  }

  /** belenios-tool infers the number of choices from the first ballot when --nchoices is 0. */
  static int nchoices(long given, BeleniosBallots ballots) {
    long n = given != 0 ? given : ballots.size() > 0 ? ballots.ballot(0).length : 0;
    if (n <= 0) {
      throw new CommandFailure("invalid --nchoices parameter (or could not infer it)");
    }
    if (n > 100_000) {
      throw new CommandFailure("--nchoices " + n + " is more choices than a question can have (at most 100000)");
    }
    return (int) n;
  }

  /** cmdliner's {@code bool}: exactly {@code true} or {@code false}. */
  static final class Bool implements ITypeConverter<Boolean> {
    @Override
    public Boolean convert(String value) {
      return switch (value) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new TypeConversionException("invalid value '" + value + "', either 'true' or 'false'");
      };
    }
  }
}
