package org.scrutineer.nominations.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.RulesError;

/**
 * Typed members of the rules file's JSON objects. Each getter returns the value, or records a
 * {@link RulesError} with the member's path and returns empty, so every problem is reported at once.
 */
final class JsonFields {
  private final String file;
  private final List<NominationError> errors = new ArrayList<>();

  JsonFields(String file) {
    this.file = file;
  }

  List<NominationError> errors() {
    return errors;
  }

  void error(String path, String problem, String fix) {
    errors.add(new RulesError(file, path, problem, fix));
  }

  /** Reports members of {@code object} not in {@code known}: a misspelt member must not be ignored. */
  void onlyKnown(JsonNode object, String path, Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        error(join(path, name), "is not a member of this object",
            "remove it or correct its name; expected " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  Optional<JsonNode> object(JsonNode parent, String path, String name, boolean required) {
    return present(parent, path, name, required).flatMap(node -> {
      if (!node.isObject()) {
        error(join(path, name), "is not an object", "write it as { … }");
        return Optional.empty();
      }
      return Optional.of(node);
    });
  }

  Optional<List<JsonNode>> array(JsonNode parent, String path, String name) {
    return present(parent, path, name, true).flatMap(node -> {
      if (!node.isArray() || node.isEmpty()) {
        error(join(path, name), "is not a non-empty array", "write it as [ …, … ] with at least one element");
        return Optional.empty();
      }
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(elements::add);
      return Optional.of(elements);
    });
  }

  Optional<String> text(JsonNode parent, String path, String name, boolean required) {
    return present(parent, path, name, required).flatMap(node -> {
      if (!node.isTextual() || node.asText().isBlank()) {
        error(join(path, name), "is not a non-empty string", "write it in double quotes");
        return Optional.empty();
      }
      return Optional.of(node.asText().strip());
    });
  }

  Optional<Boolean> bool(JsonNode parent, String path, String name) {
    return present(parent, path, name, false).flatMap(node -> {
      if (!node.isBoolean()) {
        error(join(path, name), "is not true or false", "write true or false, without quotes");
        return Optional.empty();
      }
      return Optional.of(node.asBoolean());
    });
  }

  /** A percentage, 0 to 100, read exactly (the file's decimal digits, never a double). */
  Optional<BigDecimal> percent(JsonNode parent, String path, String name) {
    return present(parent, path, name, true).flatMap(node -> {
      if (!node.isNumber() || node.decimalValue().signum() < 0 || node.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
        error(join(path, name), node + " is not a percentage", "write a number from 0 to 100 without quotes or %, e.g. 20 or 12.5");
        return Optional.empty();
      }
      return Optional.of(node.decimalValue());
    });
  }

  /** A whole number of at least {@code min}. */
  OptionalLong count(JsonNode parent, String path, String name, boolean required, long min) {
    Optional<JsonNode> present = present(parent, path, name, required);
    if (present.isEmpty()) {
      return OptionalLong.empty();
    }
    JsonNode node = present.get();
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min) {
      error(join(path, name), node + " is not a whole number of at least " + min, "write digits only, without quotes");
      return OptionalLong.empty();
    }
    return OptionalLong.of(node.asLong());
  }

  /** One of {@code choices}, as its key. */
  <E> Optional<E> choice(JsonNode parent, String path, String name, boolean required, Map<String, E> choices) {
    return text(parent, path, name, required).flatMap(value -> {
      E choice = choices.get(value);
      if (choice == null) {
        error(join(path, name), "\"" + value + "\" is not one of the choices",
            "expected " + String.join(", ", choices.keySet().stream().sorted().toList()));
        return Optional.empty();
      }
      return Optional.of(choice);
    });
  }

  Optional<OffsetDateTime> timestamp(JsonNode parent, String path, String name, boolean required) {
    return text(parent, path, name, required).flatMap(value -> {
      try {
        return Optional.of(OffsetDateTime.parse(value));
      } catch (DateTimeParseException e) {
        error(join(path, name), "\"" + value + "\" is not a timestamp with a UTC offset",
            "expected ISO-8601 like 2016-07-20T17:00:00+01:00");
        return Optional.empty();
      }
    });
  }

  Optional<LocalDate> date(JsonNode parent, String path, String name) {
    return text(parent, path, name, false).flatMap(value -> {
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        error(join(path, name), "\"" + value + "\" is not a date", "expected YYYY-MM-DD like 2016-08-15");
        return Optional.empty();
      }
    });
  }

  private Optional<JsonNode> present(JsonNode parent, String path, String name, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        error(join(path, name), "is missing", "add it: docs/nominations.md lists every member of the rules file");
      }
      return Optional.empty();
    }
    return Optional.of(node);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
