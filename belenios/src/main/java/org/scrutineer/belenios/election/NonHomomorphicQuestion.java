package org.scrutineer.belenios.election;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;

/**
 * A non-homomorphic question — Belenios spec 2.0 §4.9.2 (question_gen with type NonHomomorphic).
 * Ballots answer it with a {@code NonHomomorphicAnswer} (§4.11.2); counting it needs shuffles
 * (§4.17), which Scrutineer does not support yet.
 */
public record NonHomomorphicQuestion(List<String> answers, String question) implements Question {

  public NonHomomorphicQuestion {
    answers = List.copyOf(answers);
  }

  static NonHomomorphicQuestion read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("type", "value"));
    String type = JsonReading.stringField(node, "type", path);
    if (!type.equals("NonHomomorphic")) {
      throw new BeleniosFormatException(
          path + ".type", "unknown question type \"" + type + "\" (expected NonHomomorphic)");
    }
    JsonNode value = JsonReading.field(node, "value", path);
    String valuePath = path + ".value";
    JsonReading.object(value, valuePath, Set.of("answers", "question"));
    return new NonHomomorphicQuestion(
        JsonReading.list(JsonReading.field(value, "answers", valuePath), valuePath + ".answers", JsonReading::string),
        JsonReading.stringField(value, "question", valuePath));
  }

  /** Spec §4.9.2 "Non-homomorphic questions": a question_gen of type NonHomomorphic. */
  @Override
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "NonHomomorphic");
    json.writeObjectFieldStart("value");
    json.writeArrayFieldStart("answers");
    for (String answer : answers) {
      json.writeString(answer);
    }
    json.writeEndArray();
    json.writeStringField("question", question);
    json.writeEndObject();
    json.writeEndObject();
  }
}
