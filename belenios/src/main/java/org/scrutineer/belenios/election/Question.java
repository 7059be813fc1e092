package org.scrutineer.belenios.election;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;

/** A question of an election — Belenios spec 2.0 §4.9: homomorphic, or wrapped in question_gen. */
public sealed interface Question permits HomomorphicQuestion, NonHomomorphicQuestion {

  /** The answers the voter chooses from. */
  java.util.List<String> answers();

  /** Writes the question as spec §4.9 "Questions" gives it: a question_h or a question_gen. */
  void write(JsonGenerator json) throws IOException;

  /** Spec §4.9: an object with {@code type} is a question_gen, otherwise a question_h. */
  static Question read(JsonNode node, String path) throws BeleniosFormatException {
    if (node.isObject() && node.has("type")) {
      return NonHomomorphicQuestion.read(node, path);
    }
    if (!node.isObject()) {
      JsonReading.object(node, path, java.util.Set.of());
    }
    return HomomorphicQuestion.read(node, path);
  }
}
