package org.scrutineer.archive.event;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.List;

/**
 * Field-by-field reading of the small JSON objects of an archive, with messages naming the field.
 * Jackson parses (duplicate keys and trailing text rejected); the records then compare the bytes to
 * their own canonical serialisation, which catches order, spacing and escapes.
 */
final class StrictJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final JsonNode object;

  private StrictJson(JsonNode object) {
    this.object = object;
  }

  /** Parses {@code json} as one object whose fields are all in {@code allowed}. */
  static StrictJson object(byte[] json, String what, List<String> allowed) throws MalformedJsonException {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at byte " + e.getLocation().getByteOffset();
      throw new MalformedJsonException(null, what + " is not valid JSON: " + e.getOriginalMessage() + where);
    } catch (IOException e) {
      throw new MalformedJsonException(null, what + " cannot be read: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new MalformedJsonException(null, what + " must be a JSON object {…}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new MalformedJsonException(name, "unknown field; " + what + " has only " + allowed);
      }
    }
    return new StrictJson(node);
  }

  String requiredString(String field) throws MalformedJsonException {
    return optionalString(field).orElseThrow(() -> new MalformedJsonException(field, "missing (required)"));
  }

  Optional<String> optionalString(String field) throws MalformedJsonException {
    JsonNode value = object.get(field);
    if (value == null) return Optional.empty();
    if (value.isNull()) throw new MalformedJsonException(field, "is null; leave the field out instead");
    if (!value.isTextual()) throw new MalformedJsonException(field, "expected a JSON string, found " + value);
    return Optional.of(value.textValue());
  }

  Optional<String> optionalHash(String field) throws MalformedJsonException {
    Optional<String> value = optionalString(field);
    if (value.isPresent() && !Event.isHash(value.get())) {
      throw new MalformedJsonException(field,
          "expected a SHA-256 as 64 lowercase hex digits, found \"" + value.get() + "\"");
    }
    return value;
  }

  long requiredNonNegativeLong(String field) throws MalformedJsonException {
    JsonNode value = object.get(field);
    if (value == null) throw new MalformedJsonException(field, "missing (required)");
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw new MalformedJsonException(field,
          "expected a non-negative integer (a JSON number, no quotes, no fraction), found " + value);
    }
    return value.longValue();
  }

  /** Hashes are over exact bytes, so any other spelling of the same values is refused. */
  static void requireCanonical(byte[] json, String canonical, String what) throws MalformedJsonException {
    if (!canonical.equals(new String(json, StandardCharsets.UTF_8))) {
      throw new MalformedJsonException(null, what + " is not written as belenios-tool writes it "
          + "(compact, fields in spec order); expected " + canonical);
    }
  }
}
