package org.scrutineer.cli.belenios.election;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.crypto.group.Group;

/**
 * The public credentials of an election and their weights (Belenios spec 2.0 §4.8), read as
 * belenios-tool reads them: each entry {@code PUB} or {@code PUB,WEIGHT}, every PUB in the
 * subgroup, none twice.
 *
 * @param raw the entries exactly as stored, in archive order
 * @param weights each credential's weight
 * @param weighted whether any entry carries a weight (then ballot summaries show weights)
 */
record VoterRoll(List<String> raw, Map<BigInteger, BigInteger> weights, boolean weighted) {

  VoterRoll {
    raw = List.copyOf(raw);
    weights = Map.copyOf(weights);
  }

  /** Parses and checks the public credentials; the subgroup checks run in parallel. */
  static VoterRoll parse(byte[] bytes, Group group) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, "public credentials");
    List<String> raw = JsonReading.list(node, "public credentials", JsonReading::string);
    List<Optional<Entry>> entries = raw.parallelStream().map(text -> Entry.parse(text, group)).toList();
    Map<BigInteger, BigInteger> weights = new HashMap<>();
    boolean weighted = false;
    for (int i = 0; i < raw.size(); i++) {
      weighted |= raw.get(i).indexOf(',') >= 0;
      String text = raw.get(i);
      Entry entry = entries.get(i).orElseThrow(() -> new CommandFailure(text + " is not a valid public credential"));
      if (weights.putIfAbsent(entry.credential(), entry.weight()) != null) {
        throw new CommandFailure("duplicate credential: " + entry.credential());
      }
    }
    return new VoterRoll(new ArrayList<>(raw), weights, weighted);
  }

  /** The weight of a registered credential. */
  Optional<BigInteger> weight(BigInteger credential) {
    return Optional.ofNullable(weights.get(credential));
  }

  private record Entry(BigInteger credential, BigInteger weight) {
    static Optional<Entry> parse(String text, Group group) {
      int comma = text.indexOf(',');
      String credential = comma < 0 ? text : text.substring(0, comma);
      String weight = comma < 0 ? "1" : text.substring(comma + 1);
      if (!isDecimal(credential) || !isDecimal(weight)) {
        return Optional.empty();
      }
      BigInteger value = new BigInteger(credential);
      return group.isMember(value) ? Optional.of(new Entry(value, new BigInteger(weight))) : Optional.empty();
    }

    private static boolean isDecimal(String text) {
      return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }
}
