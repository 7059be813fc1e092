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
 * Real Scottish council wards counted by {@link ScottishStv} must give the independent count's quota,
 * winners in order and every stage's total for every candidate, to the fifth decimal place: the
 * councils' published results of 4 May 2017 (to the places a council published, where it published fewer; the few
 * published figures the same sheet contradicts are corrected in expected.json, each erratum named there),
 * and Droop's Scottish-rule counts of Glasgow's 2007 wards. One folder per ward under
 * validation/stv/ (SOURCE.md says where each came from; docs/count-validation.md lists what
 * agreed).
 */
class ScottishValidationTest {
  static Stream<Path> wards() throws IOException, URISyntaxException {
    Path root = Path.of(ScottishValidationTest.class.getResource("/validation/stv").toURI());
    List<Path> wards = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> d.getFileName().toString().contains("_2017_ward")
              || d.getFileName().toString().startsWith("droop_scotland_"))
          .sorted().forEach(wards::add);
    }
    return wards.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wards")
  void publishedStagesAgree(Path ward) throws IOException {
    check(TestBlt.read(ward.resolve("ballots.blt")), new ObjectMapper().readTree(ward.resolve("expected.json").toFile()),
        ward.getFileName().toString());
  }

  /** Asserts the count of {@code blt} agrees with {@code expected} (also used on tampered copies). */
  static void check(TestBlt blt, JsonNode expected, String name) {
    ScottishStv method = new ScottishStv();

    CountReport report = method.count(blt.ballots(), blt.seats(), method.defaults());

    assertThat(report.quota().orElseThrow()).as(name + " quota")
        .isEqualByComparingTo(new BigDecimal(expected.get("quota").asText()));
    if (expected.has("validPoll")) {
      assertThat(report.details().get("validVotes")).as(name + " valid vote")
          .isEqualTo(new BigDecimal(expected.get("validPoll").asText()));
    }
    List<String> winners = new ArrayList<>();
    expected.get("winners").forEach(w -> winners.add(w.asText()));
    List<String> ours = report.winners().stream().map(ScottishValidationTest::spaces).toList();
    if (expected.has("electedAtStage")) {
      // Droop lists candidates elected at the same stage in ballot-paper order, we most votes first
      // (rule 52 elects them together): the same winners, each elected at the same stage.
      assertThat(ours).as(name + " winners").containsExactlyInAnyOrderElementsOf(winners);
      List<Integer> stageOf = new ArrayList<>();
      expected.get("electedAtStage").forEach(s -> stageOf.add(s.asInt()));
      for (int r = 0; r < report.rounds().size(); r++) {
        for (String w : report.rounds().get(r).elected()) {
          assertThat(stageOf.get(winners.indexOf(spaces(w)))).as(name + " stage electing " + w).isEqualTo(r + 1);
        }
      }
    } else {
      assertThat(ours).as(name + " winners in order").containsExactlyElementsOf(winners);
    }
    JsonNode stages = expected.get("stages");
    assertThat(report.rounds()).as(name + " stages").hasSize(stages.size());
    for (int s = 0; s < stages.size(); s++) {
      Round round = report.rounds().get(s);
      var fields = stages.get(s).fields();
      while (fields.hasNext()) {
        var field = fields.next();
        BigDecimal want = new BigDecimal(field.getValue().asText());
        BigDecimal got = BigDecimal.ZERO;
        for (var entry : round.tally().entrySet()) {
          if (spaces(entry.getKey()).equals(spaces(field.getKey()))) {
            got = entry.getValue();
          }
        }
        if (want.scale() < got.scale()) {
          // Some councils publish fewer places (Dundee two, rounded; Glasgow four, cut): ours must
          // equal the published figure rounded or cut to its places.
          BigDecimal rounded = got.setScale(want.scale(), RoundingMode.HALF_UP);
          got = rounded.compareTo(want) == 0 ? rounded : got.setScale(want.scale(), RoundingMode.DOWN);
        }
        assertThat(got).as(name + " stage " + (s + 1) + " " + field.getKey()).isEqualByComparingTo(want);
      }
    }
  }

  /** Droop collapses runs of spaces in names (Glasgow's files have "Ellen   Hurcombe"). */
  private static String spaces(String name) {
    return name.trim().replaceAll("\\s+", " ");
  }
}
