package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;

/**
 * What the administrator gives trustee j at step 4 (the {@code .vinput} file) — Belenios spec 2.0
 * §4.6.5 "Vinputs" {@code vinput} = {"polynomial":S,"secrets":[S…],"coefexps":[signed_msg…]}: j's own
 * encrypted polynomial, the share every trustee i sent to j, and every trustee's commitments.
 */
public record VerificationInput(String polynomial, List<String> secrets, List<SignedMessage> coefexps) {
  public VerificationInput {
    secrets = List.copyOf(secrets);
    coefexps = List.copyOf(coefexps);
  }

  public static VerificationInput read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("polynomial", "secrets", "coefexps"));
    return new VerificationInput(
        JsonReading.stringField(node, "polynomial", path),
        JsonReading.list(JsonReading.field(node, "secrets", path), path + ".secrets", JsonReading::string),
        JsonReading.list(JsonReading.field(node, "coefexps", path), path + ".coefexps", SignedMessage::read));
  }

  public static VerificationInput parse(byte[] bytes, String name) throws BeleniosFormatException {
    return read(JsonReading.parse(bytes, name), name);
  }

  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("polynomial", polynomial);
    json.writeArrayFieldStart("secrets");
    for (String s : secrets) {
      json.writeString(s);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("coefexps");
    for (SignedMessage c : coefexps) {
      c.write(json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
