package org.scrutineer.count.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.input.InputError;
import org.scrutineer.count.input.Parsed;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Rounding;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;

class RulesJsonTest {
  private static Parsed<RuleOverrides> read(String json) throws IOException {
    return RulesJson.read(new StringReader(json), "rules.json");
  }

  private static List<String> messages(Parsed<?> parsed) {
    return parsed.errors().stream().map(InputError::message).toList();
  }

  @Test
  void everyKeySetsItsRule() throws IOException {
    CountRules rules = read("""
        {"overvote": "exhaust-if-multiple-continuing", "max-skipped-ranks": 1, "duplicate": "exhaust",
         "tiebreak": "previous-round-then-random:7", "batch-elimination": true, "continue-until-two": true,
         "one-winner-per-round": true, "minimum-votes": 12.5, "threshold": "hare", "decimal-places": 5,
         "rounding": "round", "candidates": ["Smith", "Corbyn"]}
        """).get().applyTo(CountRules.defaults());
    assertThat(rules).isEqualTo(new CountRules(Overvote.EXHAUST_IF_MULTIPLE_CONTINUING, OptionalInt.of(1), DuplicateCandidate.EXHAUST,
        new TieBreak.PreviousRoundThenRandom(7), true, true, true, new BigDecimal("12.5"), Threshold.HARE, 5, Rounding.ROUND,
        List.of("Smith", "Corbyn")));
  }

  @Test
  void unsetKeysKeepTheMethodsDefaultsAndUnlimitedIsAString() throws IOException {
    CountRules rules = read("{\"max-skipped-ranks\": \"unlimited\"}").get().applyTo(CountRules.defaults().withMaxSkippedRanks(OptionalInt.of(2)));
    assertThat(rules).isEqualTo(CountRules.defaults());
  }

  @Test
  void unknownAndMistypedKeysAreAllReportedByName() throws IOException {
    assertThat(messages(read("""
        {"overvotes": "skip", "overvote": "skipp", "decimal-places": "4", "batch-elimination": "yes",
         "max-skipped-ranks": -1, "tiebreak": "random:x", "candidates": ["A", "A"], "minimum-votes": "5", "rounding": 1}
        """))).containsExactly(
        "rules.json: key overvotes: is not a rule option (the keys are overvote, max-skipped-ranks, duplicate, tiebreak, batch-elimination,"
            + " continue-until-two, one-winner-per-round, minimum-votes, threshold, decimal-places, rounding, candidates)",
        "rules.json: key overvote: \"skipp\" is not an overvote rule (expected a string: exhaust, skip or exhaust-if-multiple-continuing)",
        "rules.json: key decimal-places: is \"4\", a string (expected a number 0 … 20, without quotes)",
        "rules.json: key batch-elimination: is \"yes\", a string (expected true or false, without quotes)",
        "rules.json: key max-skipped-ranks: -1 is not a number of ranks (expected a number 0 or more, without quotes, or \"unlimited\")",
        "rules.json: key tiebreak: \"random:x\" is not a tie-break (expected a string: previous-round, candidate-order, random:SEED or"
            + " previous-round-then-random:SEED, SEED a whole number)",
        "rules.json: key candidates: [\"A\",\"A\"] names A twice (expected an array of the candidates' names in the official order,"
            + " like [\"Smith\", \"Corbyn\"])",
        "rules.json: key minimum-votes: is \"5\", a string (expected a number 0 or more, without quotes, like 50 or 12.5)",
        "rules.json: key rounding: is 1, a number (expected a string: truncate or round)");
  }

  @Test
  void notJsonOrNotAnObjectIsAFileError() throws IOException {
    assertThat(messages(read("{\"overvote\": }"))).singleElement().asString().startsWith("rules.json: is not valid JSON at line 1, column 14: ");
    assertThat(messages(read("[]"))).containsExactly(
        "rules.json: does not hold a JSON object (a rules file is one { … } object, e.g. {\"overvote\": \"skip\"})");
  }
}
