package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;

/**
 * The trustees of an election — Belenios spec 2.0 §4.7: a list of {@code ["Single", key]} and
 * {@code ["Pedersen", threshold_parameters]} items. Only single (mandatory) trustees are supported
 * so far; threshold parameters are recognised and reported as not supported yet.
 */
public record Trustees(List<TrusteePublicKey> singles, int thresholdGroups) {

  public Trustees {
    singles = List.copyOf(singles);
  }

  /** Trustees made only of spec §4.7 "Trustees" {@code ["Single", trustee_public_key]} items. */
  public static Trustees ofSingles(List<TrusteePublicKey> keys) {
    return new Trustees(keys, 0);
  }

  /**
   * Whether decryption needs threshold ({@code "Pedersen"}, spec §4.7 "Trustees" and §4.6 "Messages
   * specific to threshold decryption support") trustees, which Scrutineer cannot check yet.
   */
  public boolean hasThresholdTrustees() {
    return thresholdGroups > 0;
  }

  /** The election public key y: the product of the trustees' keys (spec §3.1.1). */
  public BigInteger combinedKey(Group group) {
    BigInteger y = BigInteger.ONE;
    for (TrusteePublicKey key : singles) {
      y = group.mul(y, key.publicKey());
    }
    return y;
  }

  /** Reads a spec §4.7 "Trustees" list; Pedersen items are counted, not read. */
  public static Trustees parse(byte[] bytes, String name) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, name);
    JsonReading.array(node, name);
    List<TrusteePublicKey> singles = new ArrayList<>();
    int pedersen = 0;
    for (int i = 0; i < node.size(); i++) {
      String path = name + "[" + i + "]";
      JsonNode item = JsonReading.array(node.get(i), path);
      if (item.size() != 2) {
        throw new BeleniosFormatException(path, "expected [\"Single\", key] or [\"Pedersen\", parameters]");
      }
      String kind = JsonReading.string(item.get(0), path + "[0]");
      switch (kind) {
        case "Single" -> singles.add(TrusteePublicKey.read(item.get(1), path + "[1]"));
        case "Pedersen" -> pedersen++;
        default -> throw new BeleniosFormatException(
            path + "[0]", "unknown trustee kind \"" + kind + "\" (expected Single or Pedersen)");
      }
    }
    return new Trustees(singles, pedersen);
  }

  /** What {@code belenios-tool setup make-trustees} writes for single trustees (spec §4.7). */
  public byte[] toJson() {
    if (hasThresholdTrustees()) {
      throw new IllegalStateException("writing threshold trustees is not supported yet");
    }
    return JsonWriting.bytes(
        json -> {
          json.writeStartArray();
          for (TrusteePublicKey key : singles) {
            json.writeStartArray();
            json.writeString("Single");
            key.write(json);
            json.writeEndArray();
          }
          json.writeEndArray();
        });
  }
}
