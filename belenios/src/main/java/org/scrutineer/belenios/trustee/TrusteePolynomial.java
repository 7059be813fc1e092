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
 * What a trustee sends at step 3 — Belenios spec 2.0 §4.6.4 "Polynomials" {@code polynomial} =
 * {"polynomial":S,"secrets":[S…],"coefexps":signed_msg}: its polynomial encrypted to itself, the
 * share P(j) encrypted to each trustee j, and its signed commitments.
 */
public record TrusteePolynomial(String polynomial, List<String> secrets, SignedMessage coefexps) {
  public TrusteePolynomial {
    secrets = List.copyOf(secrets);
  }

  public static TrusteePolynomial read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("polynomial", "secrets", "coefexps"));
    return new TrusteePolynomial(
        JsonReading.stringField(node, "polynomial", path),
        JsonReading.list(JsonReading.field(node, "secrets", path), path + ".secrets", JsonReading::string),
        SignedMessage.read(JsonReading.field(node, "coefexps", path), path + ".coefexps"));
  }

  public static TrusteePolynomial parse(byte[] bytes, String name) throws BeleniosFormatException {
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
    json.writeFieldName("coefexps");
    coefexps.write(json);
    json.writeEndObject();
  }

  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
