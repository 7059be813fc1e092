package org.scrutineer.electorate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.register.Money;

/**
 * Reads the fields of one JSON object of a ruleset, recording a problem (with the field's dotted
 * path and the fix) for each missing, unknown or mistyped field, so that a file is reported whole.
 */
final class JsonFields {
  private final String file;
  private final String path;
  private final JsonNode object;
  private final List<InputProblem> problems;

  JsonFields(String file, String path, JsonNode object, List<InputProblem> problems) {
    this.file = file;
    this.path = path;
    this.object = object;
    this.problems = problems;
  }

  /** Reports every field not in {@code known}: a typo must not silently drop a rule. */
  void allowOnly(Set<String> known) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(name, "is not a known field; known here: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  boolean has(String name) {
    return object.hasNonNull(name);
  }

  Optional<JsonFields> object(String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      problem(name, "is missing; give an object");
      return Optional.empty();
    }
    if (!node.isObject()) {
      problem(name, "must be an object { ... }");
      return Optional.empty();
    }
    return Optional.of(new JsonFields(file, qualified(name), node, problems));
  }

  String text(String name) {
    return required(name, "a string", JsonNode::isTextual, JsonNode::asText).orElse("");
  }

  boolean bool(String name, boolean otherwise) {
    return optional(name, "true or false", JsonNode::isBoolean, JsonNode::asBoolean).orElse(otherwise);
  }

  int nonNegativeInt(String name, int otherwise) {
    return optionalNonNegativeInt(name).orElse(otherwise);
  }

  Optional<Integer> optionalNonNegativeInt(String name) {
    Optional<Integer> value = optional(name, "a whole number", JsonNode::canConvertToInt, JsonNode::asInt);
    if (value.isPresent() && value.get() < 0) {
      problem(name, value.get() + " is negative; give 0 or more");
      return Optional.empty();
    }
    return value;
  }

  LocalDate date(String name) {
    return optionalDate(name, true).orElse(LocalDate.EPOCH);
  }

  Optional<LocalDate> optionalDate(String name) {
    return optionalDate(name, false);
  }

  private Optional<LocalDate> optionalDate(String name, boolean required) {
    Optional<String> text =
        required ? required(name, "a date \"YYYY-MM-DD\"", JsonNode::isTextual, JsonNode::asText) : optional(name, "a date \"YYYY-MM-DD\" or null", JsonNode::isTextual, JsonNode::asText);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      problem(name, "\"" + text.get() + "\" is not a date (expected YYYY-MM-DD, e.g. 2016-01-12)");
      return Optional.empty();
    }
  }

  Instant instant(String name) {
    Optional<String> text = required(name, "a timestamp string", JsonNode::isTextual, JsonNode::asText);
    if (text.isEmpty()) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(text.get()).toInstant();
    } catch (DateTimeParseException e) {
      problem(name, "\"" + text.get() + "\" is not a timestamp with an offset (expected e.g. 2016-07-18T17:00:00+01:00)");
      return Instant.EPOCH;
    }
  }

  /** An amount of money in pounds, "25.00" or 25, as pence. */
  long pence(String name) {
    Optional<String> text = required(name, "an amount in pounds, e.g. \"25.00\"", node -> node.isTextual() || node.isNumber(), JsonNode::asText);
    if (text.isEmpty()) {
      return 0;
    }
    Optional<Long> pence = Money.parsePounds(text.get());
    if (pence.isEmpty()) {
      problem(name, "\"" + text.get() + "\" is not an amount in pounds (expected e.g. \"25.00\": not negative, at most 2 decimals)");
      return 0;
    }
    return pence.get();
  }

  /** A list of names each mapped by {@code parse}; names it does not know are reported. */
  <T> List<T> names(String name, Function<String, Optional<T>> parse, String known) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      problem(name, "is missing; give a list of " + known);
      return List.of();
    }
    if (!node.isArray()) {
      problem(name, "must be a list [ ... ] of " + known);
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      Optional<T> value = item.isTextual() ? parse.apply(item.asText()) : Optional.empty();
      if (value.isEmpty()) {
        problem(name + "[" + i + "]", item + " is not one of " + known);
      } else {
        values.add(value.get());
      }
    }
    return values;
  }

  void problem(String name, String message) {
    problems.add(new InputProblem(file, 0, qualified(name), message));
  }

  private String qualified(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private <T> Optional<T> required(String name, String expected, java.util.function.Predicate<JsonNode> is, Function<JsonNode, T> value) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      problem(name, "is missing; give " + expected);
      return Optional.empty();
    }
    return typed(name, node, expected, is, value);
  }

  private <T> Optional<T> optional(String name, String expected, java.util.function.Predicate<JsonNode> is, Function<JsonNode, T> value) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return typed(name, node, expected, is, value);
  }

  private <T> Optional<T> typed(String name, JsonNode node, String expected, java.util.function.Predicate<JsonNode> is, Function<JsonNode, T> value) {
    if (!is.test(node)) {
      problem(name, node + " is not " + expected);
      return Optional.empty();
    }
    return Optional.of(value.apply(node));
  }
}
