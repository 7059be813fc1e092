package org.scrutineer.count.method.stv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reject twins of the golden folders: each golden check must fail when its expectation is
 * tampered with by one unit at the last place, or two winners are swapped.
 */
class GoldenTamperingTest {
  private final ObjectMapper json = new ObjectMapper();

  private Path folder(String name) throws URISyntaxException {
    return Path.of(GoldenTamperingTest.class.getResource("/validation/stv/" + name).toURI());
  }

  private JsonNode expected(String name) throws IOException, URISyntaxException {
    return json.readTree(folder(name).resolve("expected.json").toFile());
  }

  private TestBlt ballots(String name) throws URISyntaxException {
    return TestBlt.read(folder(name).resolve("ballots.blt"));
  }

  private static void nudge(ObjectNode node, String field, String by) {
    node.put(field, new BigDecimal(node.get(field).asText()).add(new BigDecimal(by)).toPlainString());
  }

  @Test
  void aScottishStageTotalOffByOneHundredThousandthIsRejected() throws Exception {
    String ward = "aberdeen_2017_ward1";
    ObjectNode tampered = (ObjectNode) expected(ward).deepCopy();
    ArrayNode stages = (ArrayNode) tampered.get("stages");
    ObjectNode last = (ObjectNode) stages.get(stages.size() - 1);
    String someone = last.fieldNames().next();
    nudge(last, someone, "0.00001");

    assertThatThrownBy(() -> ScottishValidationTest.check(ballots(ward), tampered, ward)).isInstanceOf(AssertionError.class);
  }

  @Test
  void swappedScottishWinnersAreRejected() throws Exception {
    String ward = "dundee_2017_ward2";
    ObjectNode tampered = (ObjectNode) expected(ward).deepCopy();
    ArrayNode winners = (ArrayNode) tampered.get("winners");
    JsonNode first = winners.get(0);
    winners.set(0, winners.get(1));
    winners.set(1, first);

    assertThatThrownBy(() -> ScottishValidationTest.check(ballots(ward), tampered, ward)).isInstanceOf(AssertionError.class);
  }

  @Test
  void anRctabResidualSurplusOffByOneUnitIsRejected() throws Exception {
    String name = "rctab_test_set_multi_winner_fractional_threshold";
    ObjectNode tampered = (ObjectNode) expected(name).deepCopy();
    ArrayNode rounds = (ArrayNode) tampered.get("rounds");
    nudge((ObjectNode) rounds.get(rounds.size() - 1), "residualSurplus", "0.0001");

    assertThatThrownBy(() -> RctabCasesTest.check(ballots(name), tampered, name)).isInstanceOf(AssertionError.class);
  }

  @Test
  void anRctabCountUnderTheWrongRuleIsRejected() throws Exception {
    String name = "rctab_test_set_allow_only_one_winner_per_round";
    ObjectNode tampered = (ObjectNode) expected(name).deepCopy();
    ((ObjectNode) tampered.get("rules")).put("oneWinnerPerRound", false);

    assertThatThrownBy(() -> RctabCasesTest.check(ballots(name), tampered, name)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aDroopMeekVoteOffByMoreThanTheToleranceIsRejected() throws Exception {
    String name = "droop_meek_SC";
    ObjectNode tampered = (ObjectNode) expected(name).deepCopy();
    ObjectNode votes = (ObjectNode) tampered.get("defeats").get(0).get("votes");
    Map.Entry<String, JsonNode> first = votes.fields().next();
    nudge(votes, first.getKey(), "0.0001");

    assertThatThrownBy(() -> DroopMeekCasesTest.check(ballots(name), tampered, name)).isInstanceOf(AssertionError.class);
  }
}
