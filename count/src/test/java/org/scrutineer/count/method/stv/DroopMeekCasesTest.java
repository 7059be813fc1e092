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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;

/**
 * Droop's reference Meek counts (validation/stv/droop_meek_*, the PR Foundation reference rule at
 * 9 decimal places): {@link MeekStv} must elect the same candidates in the same order and, at every
 * exclusion, agree with Droop's quota and every candidate's converged votes to within {@link
 * #TOLERANCE} (the two stop iterating at different surpluses: Droop at 10^−6, we at 10^−5).
 */
class DroopMeekCasesTest {
  static final BigDecimal TOLERANCE = new BigDecimal("0.00001");

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(DroopMeekCasesTest.class.getResource("/validation/stv").toURI());
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> d.getFileName().toString().startsWith("droop_meek_")).sorted().forEach(cases::add);
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void droopReferenceMeekAgrees(Path folder) throws IOException {
    check(TestBlt.read(folder.resolve("ballots.blt")), new ObjectMapper().readTree(folder.resolve("expected.json").toFile()),
        folder.getFileName().toString());
  }

  /** Asserts the count of {@code blt} agrees with {@code expected} (also used on tampered copies). */
  static void check(TestBlt blt, JsonNode expected, String name) {
    MeekStv meek = new MeekStv();

    CountReport report = meek.count(blt.ballots(), blt.seats(), meek.defaults());

    List<String> winners = new ArrayList<>();
    expected.get("winners").forEach(w -> winners.add(w.asText()));
    List<Integer> electedIn = new ArrayList<>();
    expected.get("electedInRound").forEach(r -> electedIn.add(r.asInt()));
    List<String> tied = new ArrayList<>();
    expected.get("tied").forEach(t -> tied.add(t.asText()));
    boolean ties = expected.get("tiesBroken").asBoolean();
    List<String> ours = new ArrayList<>(report.winners());
    List<String> theirs = new ArrayList<>(winners);
    ours.removeAll(tied);
    theirs.removeAll(tied);
    assertThat(ours).as(name + " winners (apart from candidates in a tie Droop drew)").containsExactlyInAnyOrderElementsOf(theirs);
    // Winners elected in the same round may be listed in any order (Droop: ballot order; we: most votes first).
    List<Integer> order = new ArrayList<>();
    for (String w : ours) {
      order.add(electedIn.get(winners.indexOf(w)));
    }
    assertThat(order).as(name + " order of election, by Droop's round").isSorted();
    for (JsonNode defeat : expected.get("defeats")) {
      String loser = defeat.get("candidate").asText();
      Optional<Round> round = report.rounds().stream().filter(r -> r.eliminated().contains(loser)).findFirst();
      if (ties && round.isEmpty()) {
        continue;
      }
      assertThat(round).as(name + ": " + loser + " excluded").isPresent();
      String at = name + " round " + round.get().round() + " (" + loser + " excluded)";
      assertThat(round.get().quota().orElseThrow()).as(at + " quota")
          .isCloseTo(new BigDecimal(defeat.get("quota").asText()), org.assertj.core.data.Offset.offset(TOLERANCE));
      defeat.get("votes").fields().forEachRemaining(f -> {
        BigDecimal mine = round.get().tally().get(f.getKey());
        if (ties && mine == null) {
          return;
        }
        assertThat(mine).as(at + " " + f.getKey())
            .isCloseTo(new BigDecimal(f.getValue().asText()), org.assertj.core.data.Offset.offset(TOLERANCE));
      });
    }
  }
}
