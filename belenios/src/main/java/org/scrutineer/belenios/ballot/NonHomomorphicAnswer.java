package org.scrutineer.belenios.ballot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.proof.Proof;

/**
 * An encrypted answer to a non-homomorphic question — Belenios spec 2.0 §4.11.2 "Non-homomorphic
 * answers": {@code {"choices":ciphertext,"proof":proof}}, the ElGamal encryption of ξ =
 * group_encode([v1…vn]) and the proof of knowledge of its randomness ({@link
 * org.scrutineer.crypto.proof.EncryptionProof}).
 *
 * @param ciphertext the spec's {@code choices}: one ciphertext, not a list
 */
public record NonHomomorphicAnswer(Ciphertext ciphertext, Proof proof) implements Answer {

  private static final Set<String> FIELDS = Set.of("choices", "proof");

  /** The one ciphertext, as the encrypted tally of §4.16 takes it. */
  @Override
  public List<Ciphertext> choices() {
    return List.of(ciphertext);
  }

  static NonHomomorphicAnswer read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, FIELDS);
    return new NonHomomorphicAnswer(
        JsonReading.ciphertext(JsonReading.field(node, "choices", path), path + ".choices"),
        JsonReading.proof(JsonReading.field(node, "proof", path), path + ".proof"));
  }

  /** Spec §4.11.2, fields in belenios-tool's order: choices, then proof. */
  @Override
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeFieldName("choices");
    JsonWriting.ciphertext(json, ciphertext);
    json.writeFieldName("proof");
    JsonWriting.proof(json, proof);
    json.writeEndObject();
  }
}
