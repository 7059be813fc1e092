package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;

/**
 * The payload of Shuffle and PartialDecryption events — Belenios spec 2.0 §4.17–§4.18 {@code
 * owned_*}: the 1-based index of the trustee in the trustees list and the hex hash of its data.
 */
public record OwnedPayload(int owner, String payload) {

  /**
   * Reads an owned_shuffle (spec §4.17 "Shuffles") or owned_partial_decryption (§4.18 "Partial
   * decryptions").
   */
  public static OwnedPayload parse(byte[] bytes, String name) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, name);
    JsonReading.object(node, name, Set.of("owner", "payload"));
    return new OwnedPayload(
        JsonReading.smallIntField(node, "owner", name), JsonReading.stringField(node, "payload", name));
  }

  /** Writes it, fields in the spec's order (owner, payload; §4.17, §4.18). */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeNumberField("owner", owner);
          json.writeStringField("payload", payload);
          json.writeEndObject();
        });
  }
}
