package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.Proof;
import org.scrutineer.crypto.threshold.MessageSignature;

/**
 * Belenios spec 2.0 §4.6.1 "Public key infrastructure" {@code signed_msg} = {"message":string,"signature":proof}: a
 * certificate ({@code cert_keys}), a polynomial's commitments ({@code raw_coefexps}) or a channel
 * message, as the exact string that was signed.
 */
public record SignedMessage(String message, Proof signature) {
  public SignedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
  }

  /** Signs the message with sk (§4.6.1). */
  public static SignedMessage sign(Group group, BigInteger sk, String message, SecureRandom random) {
    return new SignedMessage(message, MessageSignature.sign(group, sk, message, random));
  }

  /** The signature verifies under vk (§4.6.1). */
  public boolean verifies(Group group, BigInteger vk) {
    return MessageSignature.verify(group, vk, message, signature);
  }

  public static SignedMessage read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("message", "signature"));
    return new SignedMessage(
        JsonReading.stringField(node, "message", path),
        JsonReading.proof(JsonReading.field(node, "signature", path), path + ".signature"));
  }

  public static SignedMessage parse(byte[] bytes, String name) throws BeleniosFormatException {
    return read(JsonReading.parse(bytes, name), name);
  }

  /** Fields in the tool's order: message, signature. */
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("message", message);
    json.writeFieldName("signature");
    JsonWriting.proof(json, signature);
    json.writeEndObject();
  }

  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
