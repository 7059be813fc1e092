package org.scrutineer.count.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fields that count reports ({@link ReportJson}) and the reports built on them (a contest's {@code
 * result.json}) write the same way: votes by candidate in the map's order, lists of names, and a
 * number that may be absent ({@code null}, never a missing field).
 */
public final class JsonFields {
  private JsonFields() {}

  /** {@code "field": {"name": votes, …}}, in the map's order, votes as exact decimals. */
  public static void votes(JsonGenerator json, String field, Map<String, BigDecimal> votes) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, BigDecimal> entry : votes.entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  /** {@code "field": ["name", …]}. */
  public static void names(JsonGenerator json, String field, List<String> names) throws IOException {
    json.writeArrayFieldStart(field);
    for (String name : names) {
      json.writeString(name);
    }
    json.writeEndArray();
  }

  /** {@code "field": number}, or {@code "field": null} when there is none. */
  public static void optionalNumber(JsonGenerator json, String field, Optional<BigDecimal> value) throws IOException {
    json.writeFieldName(field);
    if (value.isPresent()) {
      json.writeNumber(value.get());
    } else {
      json.writeNull();
    }
  }
}
