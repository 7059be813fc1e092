package org.scrutineer.cli.belenios;

import java.util.stream.Collectors;
import org.scrutineer.cli.belenios.archive.ArchiveCommand;
import org.scrutineer.cli.belenios.election.ElectionCommand;
import org.scrutineer.cli.belenios.method.MethodCommand;
import org.scrutineer.cli.belenios.setup.SetupCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scrutineer belenios}: the commands of {@code belenios-tool} 2.0 with its options, files
 * and output, so that {@code belenios-tool X} and {@code scrutineer belenios X} are interchangeable.
 */
@Command(
    name = "belenios",
    mixinStandardHelpOptions = true,
    versionProvider = BeleniosCommand.Version.class,
    description = "belenios-tool 2.0 compatible commands: setup, archive, election, sha256-b64.",
    subcommands = {SetupCommand.class, ArchiveCommand.class, ElectionCommand.class, MethodCommand.class, Sha256B64Command.class})
public final class BeleniosCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * What a command group says when run without a command, as cmdliner says it: {@code required
   * COMMAND name is missing, must be one of 'a', 'b' or 'c'.}
   */
  public static ParameterException missingCommand(CommandSpec group) {
    String names =
        group.subcommands().keySet().stream().sorted().map(name -> "'" + name + "'").collect(Collectors.toList()).toString();
    String list = names.substring(1, names.length() - 1);
    int last = list.lastIndexOf(", ");
    if (last >= 0) {
      list = list.substring(0, last) + " or " + list.substring(last + 2);
    }
    return new ParameterException(group.commandLine(), "required COMMAND name is missing, must be one of " + list + ".");
  }

  /** {@code --version}: the belenios-tool release these commands follow. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"2.0 (scrutineer)"};
    }
  }
}
