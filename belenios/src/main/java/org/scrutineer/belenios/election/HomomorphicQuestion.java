package org.scrutineer.belenios.election;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;

/**
 * A homomorphic question — Belenios spec 2.0 §4.9.1: the voter selects between {@code min} and
 * {@code max} answers, or (when {@code blank} is true) votes blank. {@code blank} keeps whether the
 * field was present, so that an election is written back exactly as read.
 */
public record HomomorphicQuestion(
    List<String> answers, Optional<Boolean> blank, int min, int max, String question)
    implements Question {

  public HomomorphicQuestion {
    answers = List.copyOf(answers);
  }

  /** Spec §4.9.1 "Homomorphic questions": blank votes allowed when {@code blank} is present and true. */
  public boolean blankAllowed() {
    return blank.orElse(false);
  }

  /**
   * Number of encrypted choices in an answer: one per answer, plus the leading blank slot (spec
   * §4.11.1 "Homomorphic answers").
   */
  public int choiceCount() {
    return answers.size() + (blankAllowed() ? 1 : 0);
  }

  static HomomorphicQuestion read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("answers", "blank", "min", "max", "question"));
    List<String> answers =
        JsonReading.list(JsonReading.field(node, "answers", path), path + ".answers", JsonReading::string);
    Optional<Boolean> blank = Optional.empty();
    Optional<JsonNode> blankNode = JsonReading.optionalField(node, "blank");
    if (blankNode.isPresent()) {
      blank = Optional.of(JsonReading.booleanValue(blankNode.get(), path + ".blank"));
    }
    int min = JsonReading.smallIntField(node, "min", path);
    int max = JsonReading.smallIntField(node, "max", path);
    String question = JsonReading.stringField(node, "question", path);
    if (answers.isEmpty()) {
      throw new BeleniosFormatException(path + ".answers", "a question needs at least one answer");
    }
    if (min < 0 || max < min || max > answers.size()) {
      throw new BeleniosFormatException(
          path,
          "min and max must satisfy 0 ≤ min ≤ max ≤ number of answers ("
              + answers.size()
              + "), found min "
              + min
              + " and max "
              + max);
    }
    return new HomomorphicQuestion(answers, blank, min, max, question);
  }

  /** Spec §4.9 question_h, fields in the order belenios-tool writes them. */
  @Override
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("answers");
    for (String answer : answers) {
      json.writeString(answer);
    }
    json.writeEndArray();
    if (blank.isPresent()) {
      json.writeBooleanField("blank", blank.get());
    }
    json.writeNumberField("min", min);
    json.writeNumberField("max", max);
    json.writeStringField("question", question);
    json.writeEndObject();
  }
}
