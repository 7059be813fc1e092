package org.scrutineer.contest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ResultLine;

class ResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private static JsonNode parse(String json) throws IOException {
    return MAPPER.readTree(json);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  /**
   * The golden file is this renderer's output for the 2016-shaped example, checked by hand against
   * docs/formats/contest-result.md when it was made: any change to the format shows up here as a diff.
   */
  @Test
  void labour2016RendersTheGoldenFile() throws IOException {
    String golden;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("labour-2016-result.json"), "golden file")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ResultJson.render(Examples.labour2016())).isEqualTo(golden);
  }

  @Test
  void keysComeInTheDocumentedOrder() throws IOException {
    JsonNode json = parse(ResultJson.render(Examples.labour2016()));
    assertThat(keys(json)).containsExactly("format", "contest", "method", "candidates", "winners", "sections", "total", "rounds", "sources");
    assertThat(keys(json.get("total"))).containsExactly("section", "issued", "removed", "eligible", "received", "cast", "rejected",
        "counted", "spoilt", "valid", "candidates", "turnout");
    assertThat(keys(json.get("rounds"))).containsExactly("method", "seats", "winners", "rounds");
    assertThat(keys(json.get("rounds").get("rounds").get(0)))
        .containsExactly("round", "tally", "exhausted", "threshold", "elected", "eliminated", "sections");
  }

  @Test
  void everyFigureIsTheResultsOwn() throws IOException {
    ContestReport report = Examples.labour2016();
    JsonNode json = parse(ResultJson.render(report));
    List<ResultLine> lines = new ArrayList<>(report.result().sections());
    lines.add(report.result().total());
    List<JsonNode> nodes = new ArrayList<>();
    json.get("sections").forEach(nodes::add);
    nodes.add(json.get("total"));
    assertThat(nodes).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ResultLine line = lines.get(i);
      JsonNode node = nodes.get(i);
      assertThat(node.get("section").asText()).isEqualTo(line.label());
      assertThat(node.get("issued").asLong()).isEqualTo(line.issued());
      assertThat(node.get("removed").asLong()).isEqualTo(line.removed());
      assertThat(node.get("eligible").asLong()).isEqualTo(line.eligible());
      assertThat(node.get("counted").asLong()).isEqualTo(line.ballots());
      assertThat(node.get("spoilt").asLong()).isEqualTo(line.spoilt());
      assertThat(node.get("valid").asLong()).isEqualTo(line.valid());
      assertThat(node.get("turnout").decimalValue()).isEqualTo(line.turnout().orElseThrow());
      for (int c = 0; c < line.candidates().size(); c++) {
        CandidateVotes candidate = line.candidates().get(c);
        JsonNode shown = node.get("candidates").get(c);
        assertThat(shown.get("name").asText()).isEqualTo(candidate.candidate());
        assertThat(shown.get("votes").asLong()).isEqualTo(candidate.votes());
        assertThat(shown.get("percent").decimalValue()).isEqualTo(candidate.percent().orElseThrow());
      }
    }
    JsonNode total = json.get("total");
    assertThat(total.get("candidates").get(0).get("percent").toString()).isEqualTo("61.8");
    assertThat(total.get("candidates").get(1).get("percent").toString()).isEqualTo("38.2");
    assertThat(json.get("winners").get(0).asText()).isEqualTo("Jeremy Corbyn");
  }

  @Test
  void rejectionsAreAddedUpByReasonMostFrequentFirst() throws IOException {
    JsonNode json = parse(ResultJson.render(Examples.labour2016()));
    JsonNode member = json.get("sections").get(0).get("rejected");
    assertThat(member.get("ballots").asLong()).isEqualTo(4);
    assertThat(member.get("reasons").get(0).get("reason").asText()).isEqualTo("not a valid ballot: an interval proof fails");
    JsonNode total = json.get("total").get("rejected");
    assertThat(total.get("ballots").asLong()).isEqualTo(6);
    assertThat(total.get("reasons")).hasSize(3);
  }

  @Test
  void roundsKeepTheCountsSectionTalliesAndThreshold() throws IOException {
    JsonNode rounds = parse(ResultJson.render(Examples.alternativeVote())).get("rounds");
    assertThat(rounds.get("method").asText()).isEqualTo("irv");
    assertThat(rounds.get("winners").get(0).asText()).isEqualTo("Bea Birch");
    assertThat(rounds.get("rounds")).hasSize(3);
    JsonNode last = rounds.get("rounds").get(2);
    assertThat(last.get("tally").get("Bea Birch").decimalValue()).isEqualByComparingTo(new BigDecimal(8_120));
    assertThat(last.get("tally").get("Alex Ash").decimalValue()).isEqualByComparingTo(new BigDecimal(6_500));
    BigDecimal sections = BigDecimal.ZERO;
    for (JsonNode section : last.get("sections")) {
      sections = sections.add(section.get("tally").get("Bea Birch").decimalValue());
    }
    assertThat(sections).isEqualByComparingTo(new BigDecimal(8_120));
    assertThat(rounds.get("rounds").get(0).get("eliminated").get(0).asText()).isEqualTo("Dee Elm");
  }

  @Test
  void aPluralityContestHasNoRoundsAndAMissingPercentageIsNull() throws IOException {
    ContestReport report = Examples.labour2016();
    ContestReport plurality = new ContestReport(report.title(), "plurality", report.result(), report.ballots(), report.removals(),
        java.util.Optional.empty(), report.verifications(), report.reverifications(), report.sources());
    JsonNode json = parse(ResultJson.render(plurality));
    assertThat(json.get("rounds").isNull()).isTrue();
    assertThat(json.get("winners").get(0).asText()).isEqualTo("Jeremy Corbyn");
  }

  @Test
  void hostileNamesStayStrings() throws IOException {
    String hostile = "\"},\"x\":1,\"<script>";
    JsonNode json = parse(ResultJson.render(Examples.alternativeVote(List.of(hostile, "B", "C", "D"))));
    assertThat(json.get("candidates").get(0).asText()).isEqualTo(hostile);
    assertThat(json.get("rounds").get("rounds").get(0).get("tally").has(hostile)).isTrue();
  }
}
