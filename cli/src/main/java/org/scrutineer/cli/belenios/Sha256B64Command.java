package org.scrutineer.cli.belenios;

import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.crypto.hash.Sha256;
import picocli.CommandLine.Command;

/**
 * {@code sha256-b64}: SHA-256 of standard input in unpadded Base64 (Belenios spec 2.0 §4.2, type
 * B64 of H), e.g. a smart ballot tracker or the public credentials fingerprint. Same as {@code
 * sha256sum | xxd -r -p | base64 | tr -d =}.
 */
@Command(
    name = "sha256-b64",
    mixinStandardHelpOptions = true,
    description = "Compute the SHA-256 of standard input and print it in Base64 without padding.")
public final class Sha256B64Command implements Callable<Integer> {
  private final CommandEnvironment environment;

  public Sha256B64Command(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    environment.output(Sha256.base64(environment.in().readAllBytes()));
    return 0;
  }
}
