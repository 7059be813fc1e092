package org.scrutineer.contest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.result.SectionCount;
import org.scrutineer.electorate.register.Section;

/**
 * On random contests (one to six candidates, some sections, any counts): result.json's percentages
 * of each line add up to 100 within the rounding of each, its total is the sum of its sections, and
 * the HTML page and terminal summary show every candidate's votes and percentage.
 */
class ReportPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Property(tries = 200)
  void percentagesAddUpAndEveryRendererShowsTheSameFigures(@ForAll Random random) throws Exception {
    int candidateCount = 1 + random.nextInt(6);
    List<String> candidates = new ArrayList<>();
    for (int c = 0; c < candidateCount; c++) {
      candidates.add("Candidate " + (char) ('A' + c));
    }
    List<SectionCount> counts = new ArrayList<>();
    List<SectionBallots> boxes = new ArrayList<>();
    for (Section section : Section.values()) {
      if (counts.size() > 0 && random.nextInt(3) == 0) {
        continue;
      }
      long issued = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(2_000_000);
      long left = (long) (issued * random.nextDouble());
      Map<String, Long> votes = new LinkedHashMap<>();
      for (String candidate : candidates) {
        long v = (long) (left * random.nextDouble());
        votes.put(candidate, v);
        left -= v;
      }
      long spoilt = random.nextBoolean() ? left : 0;
      SectionCount count = new SectionCount(section, issued, 0, votes, spoilt);
      counts.add(count);
      boxes.add(SectionBallots.of(section, count.ballots() + random.nextInt(100), count.ballots(),
          random.nextBoolean() ? Map.of("ballot box closed", 1L + random.nextInt(5)) : Map.of()));
    }
    ContestResult result = ((ResultTable.Computed) ResultTable.compute(candidates, counts)).result();
    ContestReport report = new ContestReport("Random", "plurality", result, boxes, RemovalLog.empty(), Optional.empty(),
        List.of(), List.of(), List.of());

    JsonNode json = MAPPER.readTree(ResultJson.render(report));
    List<JsonNode> lines = new ArrayList<>();
    json.get("sections").forEach(lines::add);
    lines.add(json.get("total"));
    BigDecimal halfUnit = new BigDecimal("0.05");
    for (JsonNode line : lines) {
      if (line.get("valid").asLong() == 0) {
        line.get("candidates").forEach(c -> assertThat(c.get("percent").isNull()).isTrue());
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode candidate : line.get("candidates")) {
        sum = sum.add(candidate.get("percent").decimalValue());
      }
      assertThat(sum.subtract(new BigDecimal(100)).abs()).as(line.get("section").asText())
          .isLessThanOrEqualTo(halfUnit.multiply(BigDecimal.valueOf(candidateCount)));
    }
    for (String key : List.of("issued", "eligible", "received", "cast", "counted", "spoilt", "valid")) {
      long sections = 0;
      for (JsonNode section : json.get("sections")) {
        sections += section.get(key).asLong();
      }
      assertThat(json.get("total").get(key).asLong()).as(key).isEqualTo(sections);
    }

    String html = ReportHtml.render(report);
    String text = SummaryText.render(report);
    for (var line : result.sections()) {
      for (var candidate : line.candidates()) {
        assertThat(html).contains("<td class=\"n\">" + Figures.whole(candidate.votes()) + "</td><td class=\"n\">"
            + Figures.percent(candidate.percent()) + "</td>");
        assertThat(text).contains(Figures.whole(candidate.votes()) + " " + String.format("%6s", Figures.percent(candidate.percent())));
      }
    }
  }
}
