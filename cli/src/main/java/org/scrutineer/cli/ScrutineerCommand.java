package org.scrutineer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.cli.belenios.BeleniosCommand;
import org.scrutineer.cli.demo.DemoCommand;
import org.scrutineer.cli.electorate.ElectorateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code scrutineer}: the root of the command tree. {@code scrutineer belenios …} takes the
 * commands, options, files and streams of {@code belenios-tool} 2.0, so that its scripts (e.g. the
 * Debian {@code demo.sh}) run unchanged with {@code belenios-tool} replaced by
 * {@code scrutineer belenios}. See {@code docs/belenios-cli-compat.md}.
 *
 * <p>Every failure prints one line {@code scrutineer: <message>} on standard error and exits with
 * {@link ExitStatus#FAILURE} (124, as belenios-tool); see {@link ExitStatus}.
 */
@Command(
    name = "scrutineer",
    mixinStandardHelpOptions = true,
    versionProvider = ScrutineerCommand.Version.class,
    description = "Verifiable elections: the electorate, nominations, and belenios-tool 2.0 compatible commands.",
    subcommands = {BeleniosCommand.class, org.scrutineer.cli.contest.ContestCommand.class, org.scrutineer.cli.count.CountCommand.class, DemoCommand.class, ElectorateCommand.class, org.scrutineer.cli.nominations.NominationsCommand.class})
public final class ScrutineerCommand implements Runnable {
  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(CommandEnvironment.system(), args));
  }

  /** Runs one command line in {@code environment}; returns the exit status. */
  public static int run(CommandEnvironment environment, String... args) {
    CommandLine commandLine = commandLine(environment);
    int status;
    try {
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) { // picocli lets Errors (and handler failures) through
      environment.error("scrutineer: internal error, please report it: " + e);
      status = ExitStatus.INTERNAL_ERROR;
    }
    environment.out().flush();
    environment.err().flush();
    return status;
  }

  /** The configured command tree: belenios-tool's conventions for options, errors and exit codes. */
  public static CommandLine commandLine(CommandEnvironment environment) {
    CommandLine commandLine = new CommandLine(new ScrutineerCommand(), new EnvironmentFactory(environment));
    // cmdliner accepts any unambiguous prefix of an option or command name (--len for --length).
    commandLine.setAbbreviatedOptionsAllowed(true);
    commandLine.setAbbreviatedSubcommandsAllowed(true);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(environment.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(environment.err(), StandardCharsets.UTF_8), true));
    commandLine.setParameterExceptionHandler(
        (ParameterException e, String[] args) -> {
          environment.error("scrutineer: " + e.getMessage());
          return ExitStatus.FAILURE;
        });
    commandLine.setExecutionExceptionHandler(
        (Exception e, CommandLine failed, ParseResult parsed) -> {
          Failure failure = describe(e);
          environment.error("scrutineer: " + failure.message());
          return failure.status();
        });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private record Failure(String message, int status) {}

  /**
   * The one-line message for an exception a command let through. The expected ones (a failure,
   * malformed input, an I/O error) exit 124 with their own message; anything else is a bug (125).
   */
  private static Failure describe(Exception e) {
    if (e instanceof CommandFailure || e instanceof BeleniosFormatException || e instanceof IllegalArgumentException) {
      return new Failure(e.getMessage(), ExitStatus.FAILURE);
    }
    if (e instanceof UncheckedIOException unchecked) {
      return new Failure(ioMessage(unchecked.getCause()), ExitStatus.FAILURE);
    }
    if (e instanceof IOException io) {
      return new Failure(ioMessage(io), ExitStatus.FAILURE);
    }
    return new Failure(
        "internal error, please report it: " + e.getClass().getName() + ": " + e.getMessage(),
        ExitStatus.INTERNAL_ERROR);
  }

  /** As belenios-tool's {@code Sys_error} texts: {@code FILE: No such file or directory}. */
  private static String ioMessage(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() == null) {
      String file = fs.getFile();
      if (e instanceof NoSuchFileException) {
        return file + ": No such file or directory";
      }
      if (e instanceof FileAlreadyExistsException) {
        return file + ": File exists";
      }
      if (e instanceof AccessDeniedException) {
        return file + ": Permission denied";
      }
      if (e instanceof NotDirectoryException) {
        return file + ": Not a directory";
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Creates commands with the {@link CommandEnvironment} when they take one. */
  private record EnvironmentFactory(CommandEnvironment environment) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> constructor = type.getDeclaredConstructor(CommandEnvironment.class);
        return constructor.newInstance(environment);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** {@code --version}: our version, and which belenios-tool release the commands follow. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ScrutineerCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "scrutineer " + (version == null ? "(development build)" : version) + ", compatible with belenios-tool 2.0"
      };
    }
  }
}
