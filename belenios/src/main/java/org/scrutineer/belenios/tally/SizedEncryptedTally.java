package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;

/**
 * The payload of the EncryptedTally event — Belenios spec 2.0 §4.16 {@code sized_encrypted_tally}:
 * how many ballots were counted, their total weight, and the hex SHA-256 of the encrypted tally.
 */
public record SizedEncryptedTally(int numTallied, BigInteger totalWeight, String encryptedTally) {

  /** Reads a spec §4.16 "Encrypted tally" sized_encrypted_tally. */
  public static SizedEncryptedTally parse(byte[] bytes) throws BeleniosFormatException {
    String path = "sized_encrypted_tally";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("num_tallied", "total_weight", "encrypted_tally"));
    return new SizedEncryptedTally(
        JsonReading.smallIntField(node, "num_tallied", path),
        JsonReading.weight(JsonReading.field(node, "total_weight", path), path + ".total_weight"),
        JsonReading.stringField(node, "encrypted_tally", path));
  }

  /** Writes the spec §4.16 sized_encrypted_tally, fields in the spec's order. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeNumberField("num_tallied", numTallied);
          json.writeFieldName("total_weight");
          JsonWriting.weight(json, totalWeight);
          json.writeStringField("encrypted_tally", encryptedTally);
          json.writeEndObject();
        });
  }
}
