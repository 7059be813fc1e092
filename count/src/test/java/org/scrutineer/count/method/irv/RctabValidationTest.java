package org.scrutineer.count.method.irv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;

/**
 * Our IRV, sequential IRV and bottoms-up against RCTab's own results on RCTab's test cases and
 * real elections (validation/irv/&lt;case&gt;/SOURCE.md cites each; docs/count-validation.md
 * says what agreed). Every round is compared: tallies, exhausted votes, threshold, elected,
 * eliminated and transfers, and where RCTab wrote a per-precinct report, that precinct's tallies
 * (our section). Adding a case is adding a folder.
 */
class RctabValidationTest {
  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(RctabValidationTest.class.getResource("/validation/irv").toURI());
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithRctabRoundByRound(Path folder) throws IOException {
    GoldenCase golden = GoldenCase.read(folder);
    CountReport report = golden.method().count(golden.ballots(), golden.seats(), golden.rules());
    List<String> failures = compare(golden, report);
    assertThat(failures).as("FAIL %s (%s)", golden.name(), Files.readString(folder.resolve("SOURCE.md")).lines()
        .skip(2).findFirst().orElse("")).isEmpty();
  }

  /** The reject twin of every case: one vote moved in RCTab's last round must be caught. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aTamperedExpectationIsCaught(Path folder) throws IOException {
    GoldenCase golden = GoldenCase.read(folder);
    CountReport report = golden.method().count(golden.ballots(), golden.seats(), golden.rules());
    JsonNode tampered = golden.expected().deepCopy();
    JsonNode rounds = tampered.get("rounds");
    var tally = (com.fasterxml.jackson.databind.node.ObjectNode) rounds.get(rounds.size() - 1).get("tally");
    String first = tally.fieldNames().next();
    tally.put(first, new BigDecimal(tally.get(first).asText()).add(BigDecimal.ONE).toPlainString());
    var twin = new GoldenCase(golden.name(), golden.method(), golden.seats(), golden.ballots(), golden.rules(), tampered);
    assertThat(compare(twin, report)).anySatisfy(f -> assertThat(f).contains("tally expected"));
  }

  static List<String> compare(GoldenCase golden, CountReport report) {
    JsonNode expected = golden.expected();
    List<String> failures = new ArrayList<>();
    List<String> winners = new ArrayList<>();
    expected.get("winners").forEach(w -> winners.add(w.asText()));
    boolean bottomsUp = golden.method() instanceof BottomsUp;
    if (bottomsUp ? !new HashSet<>(report.winners()).equals(new HashSet<>(winners)) : !report.winners().equals(winners)) {
      failures.add("winners: expected " + winners + ", got " + report.winners());
    }
    JsonNode rounds = expected.get("rounds");
    if (rounds.size() != report.rounds().size()) {
      failures.add("rounds: expected " + rounds.size() + ", got " + report.rounds().size());
    }
    for (int i = 0; i < Math.min(rounds.size(), report.rounds().size()); i++) {
      JsonNode want = rounds.get(i);
      Round got = report.rounds().get(i);
      String where = "round " + want.get("round").asInt() + ": ";
      if (got.round() != want.get("round").asInt()) {
        failures.add(where + "numbered " + got.round());
      }
      Map<String, BigDecimal> tally = decimals(want.get("tally"));
      if (!sameValues(tally, got.tally())) {
        failures.add(where + "tally expected " + tally + ", got " + got.tally());
      }
      BigDecimal exhausted = new BigDecimal(want.get("exhausted").asText());
      if (exhausted.compareTo(got.exhausted()) != 0) {
        failures.add(where + "exhausted expected " + exhausted + ", got " + got.exhausted());
      }
      if (!bottomsUp && want.hasNonNull("threshold")) {
        BigDecimal threshold = new BigDecimal(want.get("threshold").asText());
        if (got.quota().isEmpty() || threshold.compareTo(got.quota().get()) != 0) {
          failures.add(where + "threshold expected " + threshold + ", got " + got.quota());
        }
      }
      if (!names(want.get("elected")).equals(Set.copyOf(got.elected()))) {
        failures.add(where + "elected expected " + want.get("elected") + ", got " + got.elected());
      }
      if (!names(want.get("eliminated")).equals(Set.copyOf(got.eliminated()))) {
        failures.add(where + "eliminated expected " + want.get("eliminated") + ", got " + got.eliminated());
      }
      Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
      want.get("transfers").fields().forEachRemaining(e -> transfers.put(e.getKey(), decimals(e.getValue())));
      if (!transfers.keySet().equals(got.transfers().keySet())
          || transfers.entrySet().stream().anyMatch(e -> !sameValues(e.getValue(), got.transfers().get(e.getKey())))) {
        failures.add(where + "transfers expected " + transfers + ", got " + got.transfers());
      }
    }
    if (expected.has("sections")) {
      expected.get("sections").fields().forEachRemaining(section -> {
        List<SectionRound> got = report.sections().getOrDefault(section.getKey(), List.of());
        if (got.size() != section.getValue().size()) {
          failures.add("section " + section.getKey() + ": expected " + section.getValue().size() + " rounds, got "
              + got.size());
          return;
        }
        for (int i = 0; i < got.size(); i++) {
          JsonNode want = section.getValue().get(i);
          Map<String, BigDecimal> tally = decimals(want.get("tally"));
          if (!sameValues(tally, got.get(i).tally())
              || new BigDecimal(want.get("exhausted").asText()).compareTo(got.get(i).exhausted()) != 0) {
            failures.add("section " + section.getKey() + " round " + want.get("round") + ": expected " + tally
                + " exhausted " + want.get("exhausted") + ", got " + got.get(i).tally() + " exhausted "
                + got.get(i).exhausted());
          }
        }
      });
    }
    return failures;
  }

  private static Map<String, BigDecimal> decimals(JsonNode object) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), new BigDecimal(e.getValue().asText())));
    return map;
  }

  /** Same keys, numerically equal values (RCTab writes "5", we may hold 5.0000). */
  private static boolean sameValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new HashSet<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }
}
