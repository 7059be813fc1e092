package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;

/**
 * What trustee j returns at step 5 (the {@code .voutput} file) — Belenios spec 2.0 §4.6.6 "Voutputs" {@code
 * voutput} = {"private_key":S,"public_key":trustee_public_key}: its decryption key share Σ_i P_i(j)
 * encrypted to itself (this string becomes its {@code .dkey} file) and the verification key with
 * a proof of knowledge.
 */
public record VerificationOutput(String privateKey, TrusteePublicKey publicKey) {

  public static VerificationOutput read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("private_key", "public_key"));
    return new VerificationOutput(
        JsonReading.stringField(node, "private_key", path),
        TrusteePublicKey.read(JsonReading.field(node, "public_key", path), path + ".public_key"));
  }

  public static VerificationOutput parse(byte[] bytes, String name) throws BeleniosFormatException {
    return read(JsonReading.parse(bytes, name), name);
  }

  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("private_key", privateKey);
    json.writeFieldName("public_key");
    publicKey.write(json);
    json.writeEndObject();
  }

  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
