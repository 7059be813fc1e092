package org.scrutineer.cli.belenios.setup;

import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.crypto.credential.Base58;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup generate-token}: a random Base58 string (Belenios spec 2.0 §4.2), by default the 14
 * characters of an election uuid.
 */
@Command(
    name = "generate-token",
    mixinStandardHelpOptions = true,
    description = "Generate a random token suitable for an election identifier (uuid).")
public final class GenerateTokenCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--length", paramLabel = "L", description = "Token length (default: ${DEFAULT-VALUE}).")
  private int length = 14;

  public GenerateTokenCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (length < 0) {
      throw new CommandFailure("the argument of --length must not be negative, got " + length);
    }
    SecureRandom random = environment.random().get();
    StringBuilder token = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      token.append(Base58.character(random.nextInt(Base58.ALPHABET.length())));
    }
    environment.output(token.toString());
    return 0;
  }
}
