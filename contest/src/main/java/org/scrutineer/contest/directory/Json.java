package org.scrutineer.contest.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The contest directory's JSON: indented, fields in the order written, a final newline. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** @throws IllegalArgumentException naming {@code file} when it is not JSON */
  public static JsonNode read(byte[] bytes, String file) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null) {
        throw new IllegalArgumentException(file + " is empty");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage());
    }
  }
}
