package org.scrutineer.cli.belenios.election;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code election decrypt}: a trustee's partial decryption (Belenios spec 2.0 §4.18) of the
 * encrypted tally, recomputed from the ballots as belenios-tool does and merged with the last
 * shuffle's output (§4.17). Prints two lines, the partial decryption and {@code
 * {"owner":I,"payload":HASH}}, ready for {@code archive add-event --type=PartialDecryption}; on
 * standard error, the shuffles applied ({@link AppliedShuffles}).
 */
@Command(
    name = "decrypt",
    mixinStandardHelpOptions = true,
    description = "Perform a partial decryption with a trustee's private key.")
public final class DecryptCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(names = "--privkey", paramLabel = "PRIV_KEY", description = "Read the private key from file PRIV_KEY.")
  private String privkey;

  @Option(
      names = "--trustee-id",
      paramLabel = "TRUSTEE-ID",
      description = "Trustee identifier: the 1-based position of the trustee's key in trustees.json.")
  private Integer trusteeId;

  public DecryptCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    int owner = ToolFiles.mandatory("--trustee-id", trusteeId);
    ToolFiles.mandatory("--privkey", privkey);
    Board board = directory.board(environment);
    Group group = board.election().group();
    BigInteger x = privateKey(OneLineFile.read(environment, "--privkey", privkey, "invalid private key"), group);
    BigInteger publicKey = group.powG(x);
    // belenios-tool compares with every key of trustees.json: Singles and threshold verification keys.
    boolean present = Stream.concat(
            board.trustees().singles().stream(),
            board.trustees().thresholdGroups().stream().flatMap(parameters -> parameters.verificationKeys().stream()))
        .map(TrusteePublicKey::publicKey)
        .anyMatch(publicKey::equals);
    if (!present) {
      environment.warning("your key is not present in trustees.jsons");
    }
    AppliedShuffles.announce(board, environment);
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), group));
    PartialDecryption decryption =
        PartialDecryption.compute(board.election(), board.merged(outcome.tally()), x, environment.random().get());
    byte[] json = decryption.toJson();
    environment.output(json);
    environment.output(new OwnedPayload(owner, Sha256.hex(json)).toJson());
    return 0;
  }

  /** The {@code .privkey} line: the exponent as a JSON string of decimal digits, in [0, q). */
  private BigInteger privateKey(String line, Group group) {
    try {
      BigInteger x = JsonReading.number(JsonReading.parse(line.getBytes(StandardCharsets.UTF_8), privkey), privkey);
      if (!group.isExponent(x)) {
        throw new CommandFailure("invalid private key: " + privkey + " is not a number between 0 and q-1 of " + group.name());
      }
      return x;
    } catch (BeleniosFormatException e) {
      throw new CommandFailure("invalid private key: " + e.getMessage(), e);
    }
  }
}
