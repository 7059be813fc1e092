package org.scrutineer.cli.belenios.setup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup generate-trustee-key}: a trustee's key pair (Belenios spec 2.0 §4.5), written to the
 * current directory as {@code ID.pubkey} (0444, the public key with its proof of knowledge) and
 * {@code ID.privkey} (0400, the private exponent as a JSON string). ID is the first 8 hex digits,
 * uppercase, of the SHA-256 of the public key in decimal. Like belenios-tool, the {@code I:} lines go
 * to standard output.
 */
@Command(
    name = "generate-trustee-key",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a trustee key pair into the current directory: ID.privkey (keep it secret) and",
      "ID.pubkey (send it to the administrator); ID is a short fingerprint of the public key."
    })
public final class GenerateTrusteeKeyCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--group", paramLabel = "GROUP", description = "Use group GROUP (BELENIOS-2048 or RFC-3526-2048).")
  private String group;

  @Option(names = "--protocol-version", paramLabel = "VERSION", description = "Protocol version (default: ${DEFAULT-VALUE}).")
  private int protocolVersion = SetupOptions.PROTOCOL_VERSION;

  public GenerateTrusteeKeyCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Group chosen = SetupOptions.group(group);
    SetupOptions.protocolVersion(protocolVersion);
    SecureRandom random = environment.random().get();
    BigInteger privateKey = chosen.randomExponent(random);
    TrusteePublicKey publicKey = TrusteePublicKey.of(chosen, privateKey, random);
    String id =
        Sha256.hex(publicKey.publicKey().toString().getBytes(StandardCharsets.US_ASCII))
            .substring(0, 8)
            .toUpperCase(Locale.ROOT);
    environment.output("I: keypair " + id + " has been generated");
    ToolFiles.createNew(
        environment.resolve(id + ".pubkey"), ToolFiles.withNewline(publicKey.toJson()), ToolFiles.PUBLIC, id + ".pubkey");
    environment.output("I: public key saved to " + id + ".pubkey");
    byte[] privateJson = ("\"" + privateKey + "\"").getBytes(StandardCharsets.US_ASCII);
    ToolFiles.createNew(environment.resolve(id + ".privkey"), ToolFiles.withNewline(privateJson), ToolFiles.SECRET, id + ".privkey");
    environment.output("I: private key saved to " + id + ".privkey");
    return 0;
  }
}
