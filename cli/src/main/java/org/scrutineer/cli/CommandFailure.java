package org.scrutineer.cli;

/**
 * A command could not do its job for a reason the user can act on: a missing file, a bad option
 * value, an archive that fails a check. {@link ScrutineerCommand} prints the message as the one line
 * {@code scrutineer: <message>} on standard error and exits {@link ExitStatus#FAILURE}, as
 * belenios-tool does with its {@code Failure} messages.
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
