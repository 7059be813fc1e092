package org.scrutineer.belenios.ballot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.proof.Proof;

/**
 * An encrypted answer to a homomorphic question — Belenios spec 2.0 §4.11 {@code answer_h}: one
 * ciphertext per choice (blank slot first when blank votes are allowed), a 0-or-1 proof for each,
 * the overall proof and, with blank votes, the blank proof.
 */
public record HomomorphicAnswer(
    List<Ciphertext> choices,
    List<List<Proof>> individualProofs,
    List<Proof> overallProof,
    Optional<List<Proof>> blankProof)
    implements Answer {

  public HomomorphicAnswer {
    choices = List.copyOf(choices);
    individualProofs = individualProofs.stream().map(List::copyOf).toList();
    overallProof = List.copyOf(overallProof);
    blankProof = blankProof.map(List::copyOf);
  }

  static HomomorphicAnswer read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("choices", "individual_proofs", "overall_proof", "blank_proof"));
    List<Ciphertext> choices =
        JsonReading.list(JsonReading.field(node, "choices", path), path + ".choices", JsonReading::ciphertext);
    List<List<Proof>> individual =
        JsonReading.list(
            JsonReading.field(node, "individual_proofs", path),
            path + ".individual_proofs",
            JsonReading::proofs);
    List<Proof> overall =
        JsonReading.proofs(JsonReading.field(node, "overall_proof", path), path + ".overall_proof");
    Optional<JsonNode> blankNode = JsonReading.optionalField(node, "blank_proof");
    Optional<List<Proof>> blank =
        blankNode.isPresent()
            ? Optional.of(JsonReading.proofs(blankNode.get(), path + ".blank_proof"))
            : Optional.empty();
    return new HomomorphicAnswer(choices, individual, overall, blank);
  }

  @Override
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("choices");
    for (Ciphertext choice : choices) {
      JsonWriting.ciphertext(json, choice);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("individual_proofs");
    for (List<Proof> proofs : individualProofs) {
      JsonWriting.proofs(json, proofs);
    }
    json.writeEndArray();
    json.writeFieldName("overall_proof");
    JsonWriting.proofs(json, overallProof);
    if (blankProof.isPresent()) {
      json.writeFieldName("blank_proof");
      JsonWriting.proofs(json, blankProof.get());
    }
    json.writeEndObject();
  }
}
