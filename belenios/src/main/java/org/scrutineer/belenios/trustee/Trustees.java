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
 * {@code ["Pedersen", threshold_parameters]} items, in file order. Decryption owners are numbered
 * from 1 along the list: a Single takes one number, a Pedersen group of n members takes n
 * consecutive numbers (belenios-tool's {@code --trustee-id}).
 */
public record Trustees(List<Item> items) {

  /** One item of the list. */
  public sealed interface Item permits Single, Pedersen {}

  /** {@code ["Single", trustee_public_key]} (spec §4.5). */
  public record Single(TrusteePublicKey key) implements Item {}

  /** {@code ["Pedersen", threshold_parameters]} (spec §4.6). */
  public record Pedersen(ThresholdParameters parameters) implements Item {}

  public Trustees {
    items = List.copyOf(items);
  }

  /** Trustees made only of spec §4.7 "Trustees" {@code ["Single", trustee_public_key]} items. */
  public static Trustees ofSingles(List<TrusteePublicKey> keys) {
    return new Trustees(keys.stream().<Item>map(Single::new).toList());
  }

  /** The Single trustees' keys, in order. */
  public List<TrusteePublicKey> singles() {
    return items.stream().filter(Single.class::isInstance).map(i -> ((Single) i).key()).toList();
  }

  /** The Pedersen groups' parameters, in order. */
  public List<ThresholdParameters> thresholdGroups() {
    return items.stream().filter(Pedersen.class::isInstance).map(i -> ((Pedersen) i).parameters()).toList();
  }

  /** Whether decryption needs threshold ({@code "Pedersen"}, spec §4.6 and §4.7) trustees. */
  public boolean hasThresholdTrustees() {
    return !thresholdGroups().isEmpty();
  }

  /**
   * The election public key y (spec §3.1.1, "Single" and "Pedersen" protocols): the product of the Single keys and, for
   * each Pedersen group, of its members' g^a_{i,0} ({@link ThresholdParameters#combinedKey}).
   */
  public BigInteger combinedKey(Group group) {
    BigInteger y = BigInteger.ONE;
    for (Item item : items) {
      y = group.mul(y, item instanceof Single single
          ? single.key().publicKey()
          : ((Pedersen) item).parameters().combinedKey(group));
    }
    return y;
  }

  /** Reads a spec §4.7 "Trustees" list. */
  public static Trustees parse(byte[] bytes, String name) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, name);
    JsonReading.array(node, name);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String path = name + "[" + i + "]";
      JsonNode item = JsonReading.array(node.get(i), path);
      if (item.size() != 2) {
        throw new BeleniosFormatException(path, "expected [\"Single\", key] or [\"Pedersen\", parameters]");
      }
      String kind = JsonReading.string(item.get(0), path + "[0]");
      switch (kind) {
        case "Single" -> items.add(new Single(TrusteePublicKey.read(item.get(1), path + "[1]")));
        case "Pedersen" -> items.add(new Pedersen(ThresholdParameters.read(item.get(1), path + "[1]")));
        default -> throw new BeleniosFormatException(
            path + "[0]", "unknown trustee kind \"" + kind + "\" (expected Single or Pedersen)");
      }
    }
    return new Trustees(items);
  }

  /** What {@code belenios-tool setup make-trustees} writes (spec §4.7), items in list order. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartArray();
          for (Item item : items) {
            json.writeStartArray();
            if (item instanceof Single single) {
              json.writeString("Single");
              single.key().write(json);
            } else {
              json.writeString("Pedersen");
              ((Pedersen) item).parameters().write(json);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
        });
  }
}
