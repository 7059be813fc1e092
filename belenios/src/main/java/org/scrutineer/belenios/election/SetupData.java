package org.scrutineer.belenios.election;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;

/**
 * The payload of the Setup event — Belenios spec 2.0 §4.10 {@code setup_data}: the hex SHA-256 of
 * the election, trustees and public credentials data files.
 */
public record SetupData(String election, String trustees, String credentials) {

  /** Reads a spec §4.10 "Elections" setup_data. */
  public static SetupData parse(byte[] bytes) throws BeleniosFormatException {
    String path = "setup_data";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("election", "trustees", "credentials"));
    return new SetupData(
        JsonReading.stringField(node, "election", path),
        JsonReading.stringField(node, "trustees", path),
        JsonReading.stringField(node, "credentials", path));
  }

  /** Writes it, fields in the order of spec §4.10 (election, trustees, credentials). */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeStringField("election", election);
          json.writeStringField("trustees", trustees);
          json.writeStringField("credentials", credentials);
          json.writeEndObject();
        });
  }
}
