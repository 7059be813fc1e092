package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;

/**
 * Belenios spec 2.0 §4.6.2 "Certificates" {@code cert_keys} = {"verification":G,"encryption":G}: a threshold
 * trustee's signature verification key g^sk and encryption key g^dk. A certificate ({@code .cert})
 * is this message signed with sk.
 */
public record CertificateKeys(BigInteger verification, BigInteger encryption) {

  /** The message string that is signed, fields in the tool's order. */
  public String toMessage() {
    return new String(
        JsonWriting.bytes(
            json -> {
              json.writeStartObject();
              JsonWriting.number(json, "verification", verification);
              JsonWriting.number(json, "encryption", encryption);
              json.writeEndObject();
            }),
        StandardCharsets.UTF_8);
  }

  /** Reads the keys of certificate {@code cert}, both checked to be in the group. */
  public static CertificateKeys of(Group group, SignedMessage cert, String path) throws BeleniosFormatException {
    String messagePath = path + ".message";
    JsonNode node = JsonReading.parse(cert.message().getBytes(StandardCharsets.UTF_8), messagePath);
    JsonReading.object(node, messagePath, Set.of("verification", "encryption"));
    CertificateKeys keys = new CertificateKeys(
        JsonReading.numberField(node, "verification", messagePath),
        JsonReading.numberField(node, "encryption", messagePath));
    if (!group.isMember(keys.verification) || !group.isMember(keys.encryption)) {
      throw new BeleniosFormatException(messagePath, "a key is not in the group " + group.name());
    }
    return keys;
  }

  /** The certificate's keys, when its signature verifies under its own verification key (§4.6.1). */
  public static CertificateKeys verified(Group group, SignedMessage cert, String path) throws BeleniosFormatException {
    CertificateKeys keys = of(group, cert, path);
    if (!cert.verifies(group, keys.verification)) {
      throw new BeleniosFormatException(path, "the certificate's signature does not verify (spec §4.6.1 Public key infrastructure, §4.6.2 Certificates)");
    }
    return keys;
  }
}
