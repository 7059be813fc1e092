package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.threshold.HybridEncryption.Sealed;

/**
 * Belenios spec 2.0 §4.6.1 "Public key infrastructure" {@code encrypted_msg} = {"alpha":G,"beta":G,"data":string}, data the
 * AES-CCM ciphertext in lowercase hexadecimal. The {@code .dkey} file is one of these.
 */
public final class EncryptedMessage {
  private EncryptedMessage() {}

  public static Sealed read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("alpha", "beta", "data"));
    String data = JsonReading.stringField(node, "data", path);
    if (data.length() % 2 != 0 || !data.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new BeleniosFormatException(path + ".data", "expected lowercase hexadecimal bytes");
    }
    return new Sealed(
        JsonReading.numberField(node, "alpha", path),
        JsonReading.numberField(node, "beta", path),
        HexFormat.of().parseHex(data));
  }

  public static Sealed parse(byte[] bytes, String name) throws BeleniosFormatException {
    return read(JsonReading.parse(bytes, name), name);
  }

  /** Fields in the tool's order: alpha, beta, data. */
  public static void write(JsonGenerator json, Sealed sealed) throws IOException {
    json.writeStartObject();
    JsonWriting.number(json, "alpha", sealed.alpha());
    JsonWriting.number(json, "beta", sealed.beta());
    json.writeStringField("data", sealed.dataHex());
    json.writeEndObject();
  }

  public static String toJson(Sealed sealed) {
    return new String(JsonWriting.bytes(json -> write(json, sealed)), java.nio.charset.StandardCharsets.UTF_8);
  }
}
