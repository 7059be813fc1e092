package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;

/**
 * The small messages of Belenios spec 2.0 §4.6 that travel as strings inside other messages, read
 * strictly and written as belenios-tool writes them: {@code raw_polynomial} {"polynomial":[N…]},
 * {@code raw_coefexps} {"coefexps":[G…]}, {@code secret} {"secret":N}, {@code
 * partial_decryption_key} {"decryption_key":N} and {@code channel_msg} {"recipient":G,"message":S}.
 */
final class PedersenMessages {
  private PedersenMessages() {}

  static String numbers(String field, List<BigInteger> values) {
    return text(json -> {
      json.writeStartObject();
      json.writeArrayFieldStart(field);
      for (BigInteger v : values) {
        json.writeString(v.toString());
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  static String number(String field, BigInteger value) {
    return text(json -> {
      json.writeStartObject();
      JsonWriting.number(json, field, value);
      json.writeEndObject();
    });
  }

  static String channel(BigInteger recipient, String message) {
    return text(json -> {
      json.writeStartObject();
      JsonWriting.number(json, "recipient", recipient);
      json.writeStringField("message", message);
      json.writeEndObject();
    });
  }

  static List<BigInteger> readNumbers(String text, String field, String path) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(text.getBytes(StandardCharsets.UTF_8), path);
    JsonReading.object(node, path, Set.of(field));
    return JsonReading.list(JsonReading.field(node, field, path), path + "." + field, JsonReading::number);
  }

  static List<BigInteger> readCoefexps(Group group, String text, String path) throws BeleniosFormatException {
    List<BigInteger> c = readNumbers(text, "coefexps", path);
    if (c.isEmpty()) {
      throw new BeleniosFormatException(path + ".coefexps", "no commitments (the threshold is at least 1)");
    }
    for (int k = 0; k < c.size(); k++) {
      if (!group.isMember(c.get(k))) {
        throw new BeleniosFormatException(path + ".coefexps[" + k + "]", "not in the group " + group.name());
      }
    }
    return c;
  }

  static BigInteger readNumber(String text, String field, String path) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(text.getBytes(StandardCharsets.UTF_8), path);
    JsonReading.object(node, path, Set.of(field));
    return JsonReading.numberField(node, field, path);
  }

  record Channel(BigInteger recipient, String message) {}

  static Channel readChannel(Group group, String text, String path) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(text.getBytes(StandardCharsets.UTF_8), path);
    JsonReading.object(node, path, Set.of("recipient", "message"));
    BigInteger recipient = JsonReading.numberField(node, "recipient", path);
    if (!group.isMember(recipient)) {
      throw new BeleniosFormatException(path + ".recipient", "not in the group " + group.name());
    }
    return new Channel(recipient, JsonReading.stringField(node, "message", path));
  }

  private static String text(JsonWriting.Body body) {
    return new String(JsonWriting.bytes(body), StandardCharsets.UTF_8);
  }
}
