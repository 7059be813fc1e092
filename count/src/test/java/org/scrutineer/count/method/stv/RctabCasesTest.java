package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;

/**
 * RCTab's own multi-winner test cases (validation/stv/rctab_*): {@link FractionalStv} under the
 * case's rules must give RCTab's threshold, winners in order, and every round's tally of every
 * candidate, inactive ballots and residual surplus, and per precinct where RCTab tabulated by
 * precinct, to the last decimal place.
 */
class RctabCasesTest {
  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(RctabCasesTest.class.getResource("/validation/stv").toURI());
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> d.getFileName().toString().startsWith("rctab_")).sorted().forEach(cases::add);
    }
    return cases.stream();
  }

  static CountRules rules(JsonNode r) {
    String skipped = r.get("maxSkippedRanks").asText();
    return new FractionalStv().defaults()
        .withThreshold(Threshold.valueOf(r.get("threshold").asText().toUpperCase().replace('-', '_')))
        .withDecimalPlaces(r.get("decimalPlaces").asInt())
        .withOvervote(Overvote.valueOf(r.get("overvote").asText().toUpperCase().replace('-', '_')))
        .withMaxSkippedRanks(skipped.equals("unlimited") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(skipped)))
        .withDuplicate(DuplicateCandidate.valueOf(r.get("duplicate").asText().toUpperCase()))
        .withTieBreak(TieBreak.parse(r.get("tiebreak").asText()))
        .withOneWinnerPerRound(r.get("oneWinnerPerRound").asBoolean())
        .withBatchElimination(r.get("batchElimination").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rctabRoundsAgree(Path folder) throws IOException {
    check(TestBlt.read(folder.resolve("ballots.blt")), new ObjectMapper().readTree(folder.resolve("expected.json").toFile()),
        folder.getFileName().toString());
  }

  /** Asserts the count of {@code blt} agrees with {@code expected} (also used on tampered copies). */
  static void check(TestBlt blt, JsonNode expected, String name) {

    CountReport report = new FractionalStv().count(blt.ballots(), blt.seats(), rules(expected.get("rules")));

    assertThat(report.quota()).as(name + " threshold").contains(new BigDecimal(expected.get("quota").asText()));
    List<String> winners = new ArrayList<>();
    expected.get("winners").forEach(w -> winners.add(w.asText()));
    assertThat(report.winners()).as(name + " winners").containsExactlyElementsOf(winners);
    JsonNode rounds = expected.get("rounds");
    assertThat(report.rounds()).as(name + " rounds").hasSize(rounds.size());
    @SuppressWarnings("unchecked")
    List<BigDecimal> residual = (List<BigDecimal>) report.details().get("residualSurplus");
    for (int r = 0; r < rounds.size(); r++) {
      Round round = report.rounds().get(r);
      String at = name + " round " + (r + 1);
      rounds.get(r).get("tally").fields().forEachRemaining(f -> assertThat(
              round.tally().getOrDefault(f.getKey(), BigDecimal.ZERO))
          .as(at + " " + f.getKey()).isEqualByComparingTo(new BigDecimal(f.getValue().asText())));
      assertThat(round.exhausted()).as(at + " inactive ballots")
          .isEqualByComparingTo(new BigDecimal(rounds.get(r).get("exhausted").asText()));
      if (rounds.get(r).has("residualSurplus")) {
        assertThat(residual.get(r)).as(at + " residual surplus")
            .isEqualByComparingTo(new BigDecimal(rounds.get(r).get("residualSurplus").asText()));
      }
    }
    if (expected.has("sections")) {
      // RCTab's "tabulate by precinct": each precinct's tallies (winners at what their ballots kept).
      assertThat(report.sections().keySet()).as(name + " sections")
          .containsExactlyInAnyOrderElementsOf(() -> expected.get("sections").fieldNames());
      expected.get("sections").fields().forEachRemaining(section -> {
        List<SectionRound> ours = report.sections().get(section.getKey());
        JsonNode theirs = section.getValue();
        assertThat(ours).as(name + " " + section.getKey() + " rounds").hasSize(theirs.size());
        for (int r = 0; r < theirs.size(); r++) {
          SectionRound round = ours.get(r);
          String at = name + " " + section.getKey() + " round " + (r + 1);
          theirs.get(r).get("tally").fields().forEachRemaining(f -> assertThat(
                  round.tally().getOrDefault(f.getKey(), BigDecimal.ZERO))
              .as(at + " " + f.getKey()).isEqualByComparingTo(new BigDecimal(f.getValue().asText())));
          assertThat(round.exhausted()).as(at + " inactive ballots")
              .isEqualByComparingTo(new BigDecimal(theirs.get(r).get("exhausted").asText()));
        }
      });
    }
  }
}
