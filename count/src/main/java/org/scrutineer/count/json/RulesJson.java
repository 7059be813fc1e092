package org.scrutineer.count.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scrutineer.count.input.FileError;
import org.scrutineer.count.input.InputError;
import org.scrutineer.count.input.KeyError;
import org.scrutineer.count.input.Parsed;
import org.scrutineer.count.input.RuleOption;
import org.scrutineer.count.rules.RuleOverrides;

/**
 * Reads a rules file ({@code --rules FILE}; docs/formats/count-rules.md): one JSON object whose keys
 * are the rule flags without their dashes, e.g. {@code {"overvote": "skip", "max-skipped-ranks": 1,
 * "batch-elimination": true, "candidates": ["Smith", "Corbyn"]}}. Strict: an unknown key (a typo
 * must not silently leave a rule at its default) or a value of the wrong type is an error naming the
 * key and the values it takes, all reported together. The {@code "rules"} object of a report ({@link
 * ReportJson}) is a rules file, so a count can be rerun under exactly the rules it reports.
 */
public final class RulesJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

  private RulesJson() {}

  public static Parsed<RuleOverrides> read(Reader reader, String file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      return Parsed.failed(List.of(new FileError(file, "is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), "correct the JSON syntax there")));
    }
    if (root == null || !root.isObject()) {
      return Parsed.failed(List.of(new FileError(file, "does not hold a JSON object",
          "a rules file is one { … } object, e.g. {\"overvote\": \"skip\"}")));
    }
    return fromObject(root, file);
  }

  /** The rules of a JSON object already parsed (a rules file, or a report's {@code "rules"}). */
  static Parsed<RuleOverrides> fromObject(JsonNode root, String file) {
    List<InputError> errors = new ArrayList<>();
    RuleOverrides overrides = RuleOverrides.none();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String key = member.getKey();
      JsonNode value = member.getValue();
      Optional<RuleOption> option = RuleOption.byKey(key);
      if (option.isEmpty()) {
        errors.add(new KeyError(file, key, "is not a rule option", "the keys are " + keys()));
        continue;
      }
      Optional<String> text = text(option.get(), value);
      if (text.isEmpty()) {
        errors.add(new KeyError(file, key, "is " + value + ", " + kind(value), "expected " + expected(option.get())));
        continue;
      }
      RuleOption.Result result = option.get() == RuleOption.CANDIDATES
          ? RuleOption.candidates(names(value), overrides)
          : option.get().parse(text.get(), overrides);
      if (result.overrides().isEmpty()) {
        errors.add(new KeyError(file, key, value + " " + result.problem(), "expected " + expected(option.get())));
      } else {
        overrides = result.overrides().get();
      }
    }
    return Parsed.of(overrides, errors);
  }

  /** The JSON form each option takes: a string, a number, a boolean, an array of names. */
  private static Optional<String> text(RuleOption option, JsonNode value) {
    switch (option) {
      case BATCH_ELIMINATION:
      case CONTINUE_UNTIL_TWO:
      case ONE_WINNER_PER_ROUND:
        return value.isBoolean() ? Optional.of(value.asText()) : Optional.empty();
      case DECIMAL_PLACES:
        return value.isIntegralNumber() ? Optional.of(value.bigIntegerValue().toString()) : Optional.empty();
      case MAX_SKIPPED_RANKS:
        if (value.isIntegralNumber()) {
          return Optional.of(value.bigIntegerValue().toString());
        }
        return value.isTextual() && value.asText().equals("unlimited") ? Optional.of("unlimited") : Optional.empty();
      case MINIMUM_VOTES:
        return value.isNumber() ? Optional.of(value.decimalValue().toPlainString()) : Optional.empty();
      case CANDIDATES: {
        if (!value.isArray()) {
          return Optional.empty();
        }
        for (JsonNode name : value) {
          if (!name.isTextual()) {
            return Optional.empty();
          }
        }
        return Optional.of("");
      }
      default:
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(name -> names.add(name.asText()));
    return names;
  }

  private static String expected(RuleOption option) {
    switch (option) {
      case BATCH_ELIMINATION:
      case CONTINUE_UNTIL_TWO:
      case ONE_WINNER_PER_ROUND:
        return "true or false, without quotes";
      case DECIMAL_PLACES:
        return "a number 0 … 20, without quotes";
      case MAX_SKIPPED_RANKS:
        return "a number 0 or more, without quotes, or \"unlimited\"";
      case MINIMUM_VOTES:
        return "a number 0 or more, without quotes, like 50 or 12.5";
      case CANDIDATES:
        return "an array of the candidates' names in the official order, like [\"Smith\", \"Corbyn\"]";
      default:
        return "a string: " + option.accepted();
    }
  }

  private static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return "null";
  }

  private static String keys() {
    return Arrays.stream(RuleOption.values()).map(RuleOption::key).collect(Collectors.joining(", "));
  }
}
