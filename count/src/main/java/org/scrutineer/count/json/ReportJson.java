package org.scrutineer.count.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.count.input.FileError;
import org.scrutineer.count.input.Parsed;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * The report {@code --json} writes (docs/formats/count-report.md): {@code method, seats, quota,
 * winners, rounds, sections, rules, details, invalid}, keys always in that order. Every number of
 * votes is a JSON number written exactly as the count holds it ({@link BigDecimal#toPlainString}:
 * {@code 1234.56780}, never {@code 1.2345678E3}, never through a binary double), so two counts
 * compare byte for byte. {@link #read} reads it back: golden tests compare reports as values.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      // Keep 1234.50000 as written: a count's places are part of its result.
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private ReportJson() {}

  /** Writes {@code report}, indented two spaces, ending with a newline. Does not close {@code writer}. */
  public static void write(CountReport report, Writer writer) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(writer);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    json.setPrettyPrinter(pretty);
    json.writeStartObject();
    json.writeStringField("method", report.method());
    json.writeNumberField("seats", report.seats());
    json.writeFieldName("quota");
    decimal(json, report.quota());
    json.writeArrayFieldStart("winners");
    for (String winner : report.winners()) {
      json.writeString(winner);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rounds");
    for (Round round : report.rounds()) {
      round(json, round);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("sections");
    for (Map.Entry<String, List<SectionRound>> section : report.sections().entrySet()) {
      json.writeArrayFieldStart(section.getKey());
      for (SectionRound round : section.getValue()) {
        json.writeStartObject();
        json.writeNumberField("round", round.round());
        JsonFields.votes(json, "tally", round.tally());
        json.writeNumberField("exhausted", round.exhausted());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeFieldName("rules");
    rules(json, report.rules());
    json.writeFieldName("details");
    value(json, report.details());
    json.writeArrayFieldStart("invalid");
    for (String invalid : report.invalid()) {
      json.writeString(invalid);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    writer.write('\n');
    writer.flush();
  }

  private static void round(JsonGenerator json, Round round) throws IOException {
    json.writeStartObject();
    json.writeNumberField("round", round.round());
    JsonFields.votes(json, "tally", round.tally());
    json.writeNumberField("exhausted", round.exhausted());
    JsonFields.names(json, "elected", round.elected());
    JsonFields.names(json, "eliminated", round.eliminated());
    json.writeObjectFieldStart("transfers");
    for (Map.Entry<String, Map<String, BigDecimal>> from : round.transfers().entrySet()) {
      JsonFields.votes(json, from.getKey(), from.getValue());
    }
    json.writeEndObject();
    if (round.quota().isPresent()) {
      json.writeNumberField("quota", round.quota().get());
    }
    if (!round.tieBreaks().isEmpty()) {
      json.writeArrayFieldStart("tieBreaks");
      for (TieBreakRecord tie : round.tieBreaks()) {
        json.writeStartObject();
        json.writeStringField("purpose", tie.purpose().name().toLowerCase(java.util.Locale.ROOT));
        JsonFields.names(json, "tied", tie.tied());
        json.writeStringField("chosen", tie.chosen());
        json.writeStringField("how", tie.how());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The rules as a rules file writes them (docs/formats/count-rules.md), every key present. */
  private static void rules(JsonGenerator json, CountRules rules) throws IOException {
    json.writeStartObject();
    json.writeStringField("overvote", rules.overvote().flag());
    json.writeFieldName("max-skipped-ranks");
    if (rules.maxSkippedRanks().isPresent()) {
      json.writeNumber(rules.maxSkippedRanks().getAsInt());
    } else {
      json.writeString("unlimited");
    }
    json.writeStringField("duplicate", rules.duplicate().flag());
    json.writeStringField("tiebreak", rules.tieBreak().flag());
    json.writeBooleanField("batch-elimination", rules.batchElimination());
    json.writeBooleanField("continue-until-two", rules.continueUntilTwo());
    json.writeBooleanField("one-winner-per-round", rules.oneWinnerPerRound());
    json.writeNumberField("minimum-votes", rules.minimumVotes());
    json.writeStringField("threshold", rules.threshold().flag());
    json.writeNumberField("decimal-places", rules.decimalPlaces());
    json.writeStringField("rounding", rules.rounding().flag());
    JsonFields.names(json, "candidates", rules.candidateOrder());
    json.writeEndObject();
  }

  private static void decimal(JsonGenerator json, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      json.writeNumber(value.get());
    } else {
      json.writeNull();
    }
  }

  /** A details value: String, BigDecimal, Integer/Long/BigInteger, Boolean, List or Map of them. */
  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        value(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        value(json, entry.getValue());
      }
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException("a report's details hold plain values, not " + (value == null ? "null" : value.getClass().getName()));
    }
  }

  /**
   * Reads a report {@link #write} wrote. Numbers in {@code details} come back as BigDecimal (whole
   * ones as BigInteger), so a report read and written again is byte for byte the same.
   */
  public static Parsed<CountReport> read(Reader reader, String file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      return Parsed.failed(List.of(new FileError(file, "is not valid JSON at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), "give a report written by scrutineer count --json")));
    }
    try {
      return report(root, file);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Parsed.failed(List.of(new FileError(file, "is not a count report: " + e.getMessage(),
          "give a report written by scrutineer count --json (docs/formats/count-report.md)")));
    }
  }

  private static Parsed<CountReport> report(JsonNode root, String file) {
    Parsed<RuleOverrides> rules = RulesJson.fromObject(required(root, "rules"), file);
    if (!rules.ok()) {
      return Parsed.failed(rules.errors());
    }
    List<Round> rounds = new ArrayList<>();
    for (JsonNode r : required(root, "rounds")) {
      rounds.add(round(r));
    }
    Map<String, List<SectionRound>> sections = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = required(root, "sections").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      List<SectionRound> list = new ArrayList<>();
      for (JsonNode s : section.getValue()) {
        list.add(new SectionRound(required(s, "round").intValue(), tally(required(s, "tally")), required(s, "exhausted").decimalValue()));
      }
      sections.put(section.getKey(), list);
    }
    JsonNode quota = required(root, "quota");
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) plain(required(root, "details"));
    CountReport report = new CountReport(required(root, "method").asText(), required(root, "seats").intValue(),
        quota.isNull() ? Optional.empty() : Optional.of(quota.decimalValue()), strings(required(root, "winners")), rounds, sections,
        rules.get().applyTo(CountRules.defaults()), details, strings(required(root, "invalid")));
    return Parsed.of(report, List.of());
  }

  private static Round round(JsonNode r) {
    Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = required(r, "transfers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> from = it.next();
      transfers.put(from.getKey(), tally(from.getValue()));
    }
    List<TieBreakRecord> ties = new ArrayList<>();
    if (r.has("tieBreaks")) {
      for (JsonNode t : r.get("tieBreaks")) {
        ties.add(new TieBreakRecord(TieBreaker.Purpose.valueOf(required(t, "purpose").asText().toUpperCase(java.util.Locale.ROOT)),
            strings(required(t, "tied")), required(t, "chosen").asText(), required(t, "how").asText()));
      }
    }
    return new Round(required(r, "round").intValue(), tally(required(r, "tally")), required(r, "exhausted").decimalValue(),
        strings(required(r, "elected")), strings(required(r, "eliminated")), transfers,
        r.has("quota") ? Optional.of(r.get("quota").decimalValue()) : Optional.empty(), ties);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException("no member \"" + field + "\"");
    }
    return value;
  }

  private static Map<String, BigDecimal> tally(JsonNode node) {
    Map<String, BigDecimal> tally = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> tally.put(e.getKey(), e.getValue().decimalValue()));
    return tally;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static Object plain(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(plain(n)));
      return list;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    throw new IllegalArgumentException("details hold no null");
  }
}
