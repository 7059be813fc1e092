package org.scrutineer.cli.belenios.election;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.trustee.CeremonyException;
import org.scrutineer.belenios.trustee.PedersenCeremony;
import org.scrutineer.belenios.trustee.ThresholdParameters;
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
 * {@code election decrypt-threshold}: a threshold trustee's partial decryption (Belenios spec 2.0
 * §4.18) of the encrypted tally, with the key share in its {@code .dkey} (opened with the seed in
 * its {@code .key}, spec §4.6). Prints the partial decryption and {@code {"owner":I,"payload":HASH}},
 * ready for {@code archive add-event --type=PartialDecryption}; I is the trustee's number in
 * trustees.json (Singles and Pedersen members numbered along the list). The tally is recomputed from
 * the ballots and merged with the last shuffle's output (§4.17), as for {@code decrypt}; unlike
 * belenios-tool 2.0's {@code decrypt-threshold}, which does neither, the shuffles applied are shown
 * and an election with non-homomorphic questions and no shuffle is refused, as {@code decrypt} does
 * ({@link AppliedShuffles}).
 */
@Command(
    name = "decrypt-threshold",
    mixinStandardHelpOptions = true,
    description = "Perform a partial decryption (threshold version).")
public final class DecryptThresholdCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(names = "--key", paramLabel = "KEY", description = "Read the trustee's private key (seed) from file KEY.")
  private String key;

  @Option(names = "--decryption-key", paramLabel = "DECRYPTION_KEY", description = "Read the encrypted decryption key (.dkey) from file DECRYPTION_KEY.")
  private String decryptionKey;

  @Option(
      names = "--trustee-id",
      paramLabel = "TRUSTEE-ID",
      description = "Trustee identifier: the 1-based position of the trustee in trustees.json.")
  private Integer trusteeId;

  public DecryptThresholdCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    int owner = ToolFiles.mandatory("--trustee-id", trusteeId);
    Path keyFile = ToolFiles.existingFile(environment, "--key", ToolFiles.mandatory("--key", key));
    Path dkeyFile = ToolFiles.existingFile(environment, "--decryption-key", ToolFiles.mandatory("--decryption-key", decryptionKey));
    Board board = directory.board(environment);
    Group group = board.election().group();
    String seed = new String(ToolFiles.readText(keyFile), StandardCharsets.UTF_8);
    String dkey = new String(ToolFiles.readText(dkeyFile), StandardCharsets.UTF_8);
    BigInteger x;
    try {
      x = new PedersenCeremony(group).openDecryptionKey(seed, dkey);
    } catch (CeremonyException e) {
      throw new CommandFailure(e.getMessage() + " (is " + key + " the seed that goes with " + decryptionKey + "?)", e);
    }
    BigInteger verificationKey = group.powG(x);
    boolean present = board.trustees().thresholdGroups().stream()
        .map(ThresholdParameters::verificationKeys)
        .flatMap(java.util.List::stream)
        .map(TrusteePublicKey::publicKey)
        .anyMatch(verificationKey::equals);
    if (!present) {
      environment.warning("your key is not present in threshold parameters");
    }
    AppliedShuffles.announce(board, environment);
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), group));
    EncryptedTally tally = board.merged(outcome.tally());
    PartialDecryption decryption = PartialDecryption.compute(board.election(), tally, x, environment.random().get());
    if (decryption.check(board.election(), tally, verificationKey).isPresent()) {
      throw new IllegalStateException("a partial decryption we made does not verify");
    }
    byte[] json = decryption.toJson();
    environment.output(json);
    environment.output(new OwnedPayload(owner, Sha256.hex(json)).toJson());
    return 0;
  }
}
