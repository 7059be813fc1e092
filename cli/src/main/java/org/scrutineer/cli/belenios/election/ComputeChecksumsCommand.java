package org.scrutineer.cli.belenios.election;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.crypto.hash.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code election compute-checksums}: the hashes an auditor compares with what the election
 * administrator published (belenios-tool's {@code election_checksums}): election, each trustee's
 * public key (SHA-256 of the key as a JSON string, quotes included), number of voters, weights when
 * they differ from 1, public credentials, each shuffle (the hash of its data; only once there is a
 * Shuffle event) and the encrypted tally recomputed from the ballots (before any shuffle, §4.16) —
 * present even before voting ends.
 */
@Command(
    name = "compute-checksums",
    mixinStandardHelpOptions = true,
    description = "Print the checksums needed to audit an election.")
public final class ComputeChecksumsCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  public ComputeChecksumsCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  /** Total, lightest and heaviest weight, when the credentials carry weights. */
  private record Weights(BigInteger total, BigInteger min, BigInteger max) {}

  @Override
  public Integer call() throws Exception {
    Board board = directory.board(environment);
    VoterRoll roll = VoterRoll.parse(board.credentialsBytes(), board.election().group());
    BallotCasting.Outcome outcome = BallotCasting.cast(board, roll);
    Optional<Weights> weights = weights(roll);
    byte[] credentials =
        JsonWriting.bytes(
            json -> {
              json.writeStartArray();
              for (String credential : roll.raw()) {
                json.writeString(credential);
              }
              json.writeEndArray();
            });
    environment.output(
        JsonWriting.bytes(
            json -> {
              json.writeStartObject();
              json.writeStringField("election", board.setup().election());
              json.writeArrayFieldStart("trustees");
              for (TrusteePublicKey key : board.trustees().singles()) {
                json.writeStartObject();
                String quoted = "\"" + key.publicKey() + "\"";
                json.writeStringField("checksum", Sha256.hex(quoted.getBytes(StandardCharsets.US_ASCII)));
                writeName(json, key.name());
                json.writeEndObject();
              }
              json.writeEndArray();
              json.writeArrayFieldStart("trustees_threshold");
              for (ThresholdParameters group : board.trustees().thresholdGroups()) {
                // belenios' compute_checksums: pki_key = H(cert message), verification_key = H("key").
                json.writeStartObject();
                json.writeArrayFieldStart("trustees");
                for (int i = 0; i < group.size(); i++) {
                  json.writeStartObject();
                  json.writeStringField("pki_key", Sha256.hex(group.certs().get(i).message().getBytes(StandardCharsets.UTF_8)));
                  String quoted = "\"" + group.verificationKeys().get(i).publicKey() + "\"";
                  json.writeStringField("verification_key", Sha256.hex(quoted.getBytes(StandardCharsets.US_ASCII)));
                  writeName(json, group.verificationKeys().get(i).name());
                  json.writeEndObject();
                }
                json.writeEndArray();
                json.writeNumberField("threshold", group.threshold());
                json.writeEndObject();
              }
              json.writeEndArray();
              json.writeNumberField("num_voters", roll.raw().size());
              if (weights.isPresent()) {
                json.writeObjectFieldStart("weights");
                json.writeFieldName("total");
                JsonWriting.weight(json, weights.get().total());
                json.writeFieldName("min");
                JsonWriting.weight(json, weights.get().min());
                json.writeFieldName("max");
                JsonWriting.weight(json, weights.get().max());
                json.writeEndObject();
              }
              json.writeStringField("public_credentials", Sha256.hex(credentials));
              if (!board.shuffles().isEmpty()) {
                // belenios' compute_checksums: checksum = the owned payload, the shuffle data's hash;
                // name = the name of the trustee whose owner number shuffled, if it has one.
                List<Optional<String>> names = namesByOwner(board.trustees());
                json.writeArrayFieldStart("shuffles");
                for (Board.ShuffleEvent shuffle : board.shuffles()) {
                  json.writeStartObject();
                  json.writeStringField("checksum", shuffle.owned().payload());
                  int owner = shuffle.owned().owner();
                  writeName(json, owner >= 1 && owner <= names.size() ? names.get(owner - 1) : Optional.empty());
                  json.writeEndObject();
                }
                json.writeEndArray();
              }
              json.writeStringField("encrypted_tally", outcome.sized().encryptedTally());
              json.writeEndObject();
            }));
    return 0;
  }

  private static void writeName(JsonGenerator json, Optional<String> name) throws IOException {
    if (name.isPresent()) {
      json.writeStringField("name", name.get());
    }
  }

  /** The trustees' names by owner number (belenios' {@code find_trustee_name_by_id}): Singles, then each group's members. */
  private static List<Optional<String>> namesByOwner(Trustees trustees) {
    List<Optional<String>> names = new ArrayList<>();
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single single) {
        names.add(single.key().name());
      } else {
        ((Trustees.Pedersen) item).parameters().verificationKeys().forEach(key -> names.add(key.name()));
      }
    }
    return names;
  }

  /**
   * belenios-tool's {@code ec_weights}: the total counts 1 for an entry without weight; min and max
   * range over the entries with one; all omitted when the total equals the number of voters.
   */
  private static Optional<Weights> weights(VoterRoll roll) {
    BigInteger total = BigInteger.ZERO;
    BigInteger min = null;
    BigInteger max = null;
    for (String entry : roll.raw()) {
      int comma = entry.indexOf(',');
      if (comma < 0) {
        total = total.add(BigInteger.ONE);
        continue;
      }
      BigInteger weight = new BigInteger(entry.substring(comma + 1));
      total = total.add(weight);
      min = min == null ? weight : min.min(weight);
      max = max == null ? weight : max.max(weight);
    }
    if (total.equals(BigInteger.valueOf(roll.raw().size())) || min == null) {
      return Optional.empty();
    }
    return Optional.of(new Weights(total, min, max));
  }
}
