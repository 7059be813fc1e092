package org.scrutineer.cli.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ScrutineerCommand;

/**
 * Runs {@code scrutineer …} commands ({@code demo register}, {@code contest …}) in this process with
 * the caller's working directory, clock and randomness, as a returning officer would run them from
 * the shell: each command's output and progress lines are shown indented, or kept for the caller.
 */
final class InProcessCommands {
  private final CommandEnvironment environment;
  private final PrintWriter shown;

  InProcessCommands(CommandEnvironment environment, PrintWriter shown) {
    this.environment = environment;
    this.shown = shown;
  }

  /** What a command printed, and its exit status. */
  record Run(int status, String out, String err) {
    boolean succeeded() {
      return status == 0;
    }
  }

  /** Runs a command, its standard output and error shown as indented lines as they come. */
  Run shown(String... command) {
    OutputStream indented = new OutputStream() {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      @Override
      public synchronized void write(int b) {
        if (b == '\n') {
          shown.println("    " + line.toString(StandardCharsets.UTF_8));
          shown.flush();
          line.reset();
        } else {
          line.write(b);
        }
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScrutineerCommand.run(with(new Tee(out, indented), new Tee(err, indented)), command);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs a command, keeping its output for the caller. */
  Run quiet(String... command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScrutineerCommand.run(with(out, err), command);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private CommandEnvironment with(OutputStream out, OutputStream err) {
    return new CommandEnvironment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), environment.workingDirectory(), environment.variables(), environment.clock(),
        environment.random());
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }
  }
}
