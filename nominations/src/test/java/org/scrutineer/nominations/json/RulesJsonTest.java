package org.scrutineer.nominations.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.rules.Rounding;
import org.scrutineer.nominations.rules.SupportRequirement;
import org.scrutineer.nominations.rules.Variant;

class RulesJsonTest {
  private static final String CHALLENGE = """
      {
        "name": "2016",
        "variant": "challenge",
        "contest": {
          "title": "Labour Party leadership election 2016",
          "parliamentary_close": "2016-07-20T17:00:00+01:00",
          "candidates": [
            {"name": "Jeremy Corbyn", "incumbent": true},
            {"name": "Owen Smith"},
            {"name": "Angela Eagle", "withdrew_at": "2016-07-19T12:00:00+01:00"}
          ]
        },
        "parliamentary": {"nominators": ["MP", "MEP"], "percent": 20, "rounding": "up"},
        "incumbent": "automatic_when_challenged"
      }
      """;

  private static Parsed<NominationRules> read(String json) throws IOException {
    return RulesJson.read(new StringReader(json), "rules.json");
  }

  private static List<String> messages(String json) throws IOException {
    return read(json).errors().stream().map(NominationError::message).toList();
  }

  @Test
  void readsAChallengeWithSupportingNominationsCountedOnly() throws IOException {
    Parsed<NominationRules> parsed = read(CHALLENGE);
    assertThat(parsed.errors()).isEmpty();
    NominationRules rules = parsed.values().get(0);
    assertThat(rules.variant()).isEqualTo(Variant.CHALLENGE);
    assertThat(rules.incumbent()).isEqualTo(IncumbentRule.AUTOMATIC_WHEN_CHALLENGED);
    assertThat(rules.parliamentary().nominators()).containsExactlyInAnyOrder(NominatorKind.MP, NominatorKind.MEP);
    assertThat(rules.parliamentary().threshold().rounding()).isEqualTo(Rounding.UP);
    assertThat(rules.parliamentary().threshold().needed(254)).isEqualTo(51);
    assertThat(rules.supporting().required()).isEqualTo(SupportRequirement.NONE);
    assertThat(rules.contest().candidate("Angela Eagle").orElseThrow().withdrew()).isTrue();
    assertThat(rules.contest().incumbent().orElseThrow().name()).isEqualTo("Jeremy Corbyn");
  }

  @Test
  void percentIsReadAsTheDecimalWritten() throws IOException {
    NominationRules rules = read(CHALLENGE.replace("\"percent\": 20", "\"percent\": 12.1")).values().get(0);
    assertThat(rules.parliamentary().threshold().percent()).isEqualByComparingTo(new BigDecimal("12.1"));
  }

  @Test
  void everyProblemIsReportedWithItsPath() throws IOException {
    String broken = CHALLENGE
        .replace("\"rounding\": \"up\"", "\"rounding\": \"upward\"")
        .replace("\"percent\": 20", "\"percent\": 120")
        .replace("\"parliamentary_close\": \"2016-07-20T17:00:00+01:00\"", "\"parliamentary_close\": \"2016-07-20 17:00\"")
        .replace("\"incumbent\": \"automatic_when_challenged\"", "\"incumbant\": \"automatic_when_challenged\"");
    assertThat(messages(broken)).containsExactlyInAnyOrder(
        "rules.json: incumbant: is not a member of this object (remove it or correct its name; expected contest, description,"
            + " incumbent, name, parliamentary, supporting, variant)",
        "rules.json: contest.parliamentary_close: \"2016-07-20 17:00\" is not a timestamp with a UTC offset"
            + " (expected ISO-8601 like 2016-07-20T17:00:00+01:00)",
        "rules.json: parliamentary.percent: 120 is not a percentage (write a number from 0 to 100 without quotes or %, e.g. 20 or 12.5)",
        "rules.json: parliamentary.rounding: \"upward\" is not one of the choices (expected down, nearest, up)",
        "rules.json: incumbent: is missing (add it: docs/nominations.md lists every member of the rules file)");
    assertThat(read(broken).values()).isEmpty();
  }

  @Test
  void aChallengeNeedsExactlyOneIncumbentAndAVacancyNone() throws IOException {
    assertThat(messages(CHALLENGE.replace("{\"name\": \"Jeremy Corbyn\", \"incumbent\": true}", "{\"name\": \"Jeremy Corbyn\"}")))
        .containsExactly("rules.json: contest.candidates: a challenge has 0 incumbent candidates (mark exactly one candidate \"incumbent\": true)");
    assertThat(messages(CHALLENGE.replace("\"challenge\"", "\"vacancy\""))).containsExactlyInAnyOrder(
        "rules.json: incumbent: is given for a vacancy (remove it: a vacancy has no incumbent)",
        "rules.json: contest.candidates: a vacancy has an incumbent candidate (remove \"incumbent\": true, or make the variant \"challenge\")");
  }

  @Test
  void candidatesAreDeclaredOnce() throws IOException {
    assertThat(messages(CHALLENGE.replace("{\"name\": \"Owen Smith\"}", "{\"name\": \"Owen Smith\"}, {\"name\": \"Owen Smith\"}")))
        .containsExactly("rules.json: contest.candidates[2].name: \"Owen Smith\" is declared twice (declare each candidate once)");
  }

  @Test
  void requiredSupportNeedsARouteAndRoutesAreCheckedMemberByMember() throws IOException {
    assertThat(messages(CHALLENGE.replace("\"incumbent\": \"automatic_when_challenged\"",
        "\"incumbent\": \"automatic_when_challenged\", \"supporting\": {\"required\": \"any_route\"}")))
        .containsExactly("rules.json: supporting.required: \"any_route\" needs at least one route (add clp_route or affiliate_route, or make it \"none\")");
    assertThat(messages(CHALLENGE.replace("\"incumbent\": \"automatic_when_challenged\"",
        "\"incumbent\": \"automatic_when_challenged\", \"supporting\": {\"required\": \"any_route\","
            + " \"clp_route\": {\"percent\": 5, \"rounding\": \"up\", \"clps\": 0},"
            + " \"affiliate_route\": {\"minimum_affiliates\": 2, \"minimum_trade_unions\": 3, \"membership_percent\": 5,"
            + " \"rounding\": \"up\", \"affiliated_membership\": 100}}")))
        .containsExactly(
            "rules.json: supporting.clp_route.clps: 0 is not a whole number of at least 1 (write digits only, without quotes)",
            "rules.json: supporting.affiliate_route.minimum_trade_unions: is more than minimum_affiliates"
                + " (the trade unions are among the affiliates: make it at most minimum_affiliates)");
  }

  @Test
  void invalidJsonSaysWhere() throws IOException {
    assertThat(messages("{\n  \"name\": \"x\",\n  \"variant\" \"challenge\"\n}")).singleElement().asString()
        .startsWith("rules.json: is not valid JSON at line 3, column ");
    assertThat(messages("[]")).containsExactly("rules.json: does not hold a JSON object (the rules file is one { … } object)");
  }
}
