package org.scrutineer.belenios.election;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;

/**
 * The human part of an election — what {@code belenios-tool setup make-election --template} reads:
 * description, name, questions and the optional administrator and credential authority.
 */
public record ElectionTemplate(
    String description,
    String name,
    List<Question> questions,
    Optional<String> administrator,
    Optional<String> credentialAuthority) {

  private static final Set<String> FIELDS =
      Set.of("description", "name", "questions", "administrator", "credential_authority");

  public ElectionTemplate {
    questions = List.copyOf(questions);
  }

  /**
   * Reads a template file: the fields of a spec §4.10 "Elections" election a person writes (the
   * questions of §4.9). Templates themselves are belenios-tool's, not in the spec.
   */
  public static ElectionTemplate parse(byte[] bytes, String fileName) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, fileName);
    JsonReading.object(node, fileName, FIELDS);
    return read(node, fileName);
  }

  /** Reads the template fields of a template or an election object. */
  static ElectionTemplate read(JsonNode node, String path) throws BeleniosFormatException {
    List<Question> questions =
        JsonReading.list(JsonReading.field(node, "questions", path), path + ".questions", Question::read);
    return new ElectionTemplate(
        JsonReading.stringField(node, "description", path),
        JsonReading.stringField(node, "name", path),
        questions,
        optionalString(node, "administrator", path),
        optionalString(node, "credential_authority", path));
  }

  private static Optional<String> optionalString(JsonNode node, String field, String path)
      throws BeleniosFormatException {
    Optional<JsonNode> value = JsonReading.optionalField(node, field);
    return value.isPresent()
        ? Optional.of(JsonReading.string(value.get(), path + "." + field))
        : Optional.empty();
  }
}
