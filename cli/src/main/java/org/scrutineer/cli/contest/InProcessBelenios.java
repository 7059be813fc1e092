package org.scrutineer.cli.contest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ScrutineerCommand;
import org.scrutineer.cli.belenios.election.CheckedBallots;
import org.scrutineer.contest.run.BeleniosTool;

/**
 * The contest's {@link BeleniosTool}: {@code scrutineer belenios …} run in this process, in the
 * directory given, with this command's clock and randomness — the same commands, and bytes, as from
 * the shell.
 */
public final class InProcessBelenios implements BeleniosTool {
  private final CommandEnvironment environment;
  /** Ballots whose proofs one of this step's commands checked: the next command on them need not (the tally runs four or more). */
  private final CheckedBallots checked = new CheckedBallots();

  public InProcessBelenios(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public byte[] run(Path directory, byte[] stdin, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment inDirectory = new CommandEnvironment(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), directory, Map.of(), environment.clock(), environment.random());
    String[] command = new String[args.length + 1];
    command[0] = "belenios";
    System.arraycopy(args, 0, command, 1, args.length);
    int status = checked.during(() -> ScrutineerCommand.run(inDirectory, command));
    if (status != 0) {
      throw new IOException("scrutineer " + String.join(" ", command) + " failed: " + err.toString(StandardCharsets.UTF_8).trim());
    }
    return out.toByteArray();
  }
}
