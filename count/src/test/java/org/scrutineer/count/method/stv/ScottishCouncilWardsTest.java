package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;

/**
 * Real Scottish council wards (4 May 2017): the published preference profiles counted by {@link
 * ScottishStv} must give the councils' published quota, winners in order and every stage's total for
 * every candidate, to the fifth decimal place (to the second where a council published two). One folder per ward under validation/stv/ (SOURCE.md
 * says where each came from; docs/count-validation-stv.md lists what agreed).
 */
class ScottishCouncilWardsTest {
  static Stream<Path> wards() throws IOException, URISyntaxException {
    Path root = Path.of(ScottishCouncilWardsTest.class.getResource("/validation/stv").toURI());
    List<Path> wards = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> Files.exists(d.resolve("ballots.blt")) && d.getFileName().toString().contains("_2017_ward"))
          .sorted().forEach(wards::add);
    }
    return wards.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wards")
  void publishedStagesAgree(Path ward) throws IOException {
    TestBlt blt = TestBlt.read(ward.resolve("ballots.blt"));
    JsonNode expected = new ObjectMapper().readTree(ward.resolve("expected.json").toFile());
    ScottishStv method = new ScottishStv();

    CountReport report = method.count(blt.ballots(), blt.seats(), method.defaults());

    String name = ward.getFileName().toString();
    assertThat(report.quota()).as(name + " quota").contains(new BigDecimal(expected.get("quota").asText()));
    assertThat(report.details().get("validVotes")).as(name + " valid vote")
        .isEqualTo(new BigDecimal(expected.get("validPoll").asText()));
    List<String> winners = new ArrayList<>();
    expected.get("winners").forEach(w -> winners.add(w.asText()));
    assertThat(report.winners()).as(name + " winners in order").containsExactlyElementsOf(winners);
    JsonNode stages = expected.get("stages");
    assertThat(report.rounds()).as(name + " stages").hasSize(stages.size());
    for (int s = 0; s < stages.size(); s++) {
      Round round = report.rounds().get(s);
      var fields = stages.get(s).fields();
      while (fields.hasNext()) {
        var field = fields.next();
        BigDecimal want = new BigDecimal(field.getValue().asText());
        BigDecimal got = round.tally().getOrDefault(field.getKey(), BigDecimal.ZERO);
        if (want.scale() < got.scale()) {
          // Some councils (Dundee) publish stage totals to two places: compare ours rounded as published.
          got = got.setScale(want.scale(), RoundingMode.HALF_UP);
        }
        assertThat(got).as(name + " stage " + (s + 1) + " " + field.getKey()).isEqualByComparingTo(want);
      }
    }
  }
}
