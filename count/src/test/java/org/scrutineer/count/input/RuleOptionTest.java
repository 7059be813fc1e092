package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.count.rules.TieBreak;

class RuleOptionTest {
  private static RuleOverrides set(RuleOption option, String value) {
    RuleOption.Result result = option.parse(value, RuleOverrides.none());
    assertThat(result.problem()).isEmpty();
    return result.overrides().orElseThrow();
  }

  @Test
  void eachOptionSetsOnlyItsOwnRule() {
    CountRules base = CountRules.defaults();
    assertThat(set(RuleOption.OVERVOTE, "skip").applyTo(base)).isEqualTo(base.withOvervote(Overvote.SKIP));
    assertThat(set(RuleOption.MAX_SKIPPED_RANKS, "2").applyTo(base)).isEqualTo(base.withMaxSkippedRanks(OptionalInt.of(2)));
    assertThat(set(RuleOption.MAX_SKIPPED_RANKS, "unlimited").maxSkippedRanks()).hasValue(OptionalInt.empty());
    assertThat(set(RuleOption.TIEBREAK, "previous-round-then-random:42").applyTo(base))
        .isEqualTo(base.withTieBreak(new TieBreak.PreviousRoundThenRandom(42)));
    assertThat(set(RuleOption.CONTINUE_UNTIL_TWO, "true").applyTo(base)).isEqualTo(base.withContinueUntilTwo(true));
    assertThat(set(RuleOption.MINIMUM_VOTES, "0").minimumVotes()).hasValue(BigDecimal.ZERO);
    assertThat(set(RuleOption.MINIMUM_VOTES, "12.50").minimumVotes()).hasValue(new BigDecimal("12.50"));
    assertThat(set(RuleOption.DECIMAL_PLACES, "20").decimalPlaces()).hasValue(20);
    assertThat(set(RuleOption.CANDIDATES, " Smith , Corbyn ").candidateOrder()).hasValue(List.of("Smith", "Corbyn"));
  }

  @Test
  void aBadValueSaysWhatItIsNot() {
    assertThat(RuleOption.THRESHOLD.parse("droop-ish", RuleOverrides.none())).isEqualTo(
        new RuleOption.Result(Optional.empty(), "is not a threshold"));
    assertThat(RuleOption.DECIMAL_PLACES.parse("21", RuleOverrides.none()).problem()).isEqualTo("is not a number of decimal places");
    assertThat(RuleOption.MINIMUM_VOTES.parse("-1", RuleOverrides.none()).problem()).isEqualTo("is not a number of votes");
    assertThat(RuleOption.CANDIDATES.parse("A,,B", RuleOverrides.none()).problem()).isEqualTo("has a blank name");
    assertThat(RuleOption.BATCH_ELIMINATION.isSwitch()).isTrue();
    assertThat(RuleOption.byKey("rounding")).hasValue(RuleOption.ROUNDING);
  }

  @Test
  void everyMethodNamesOnlyRealOptionsAndKeysSetUsesTheSameNames() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (RuleOption option : RuleOption.values()) {
      keys.add(option.key());
    }
    for (org.scrutineer.count.method.CountMethod method : org.scrutineer.count.method.CountMethod.values()) {
      java.util.Set<String> read = method.ranked()
          ? org.scrutineer.count.method.Methods.ranked(method).orElseThrow().ruleOptions()
          : org.scrutineer.count.method.Methods.graded(method).orElseThrow().ruleOptions();
      assertThat(keys).as(method.flag()).containsAll(read);
      assertThat(read).as(method.flag()).contains("candidates");
    }
    RuleOverrides all = RuleOverrides.none();
    for (RuleOption option : RuleOption.values()) {
      String value = switch (option) {
        case OVERVOTE -> "skip";
        case MAX_SKIPPED_RANKS -> "1";
        case DUPLICATE -> "exhaust";
        case TIEBREAK -> "candidate-order";
        case MINIMUM_VOTES -> "3";
        case THRESHOLD -> "hare";
        case DECIMAL_PLACES -> "2";
        case ROUNDING -> "round";
        case CANDIDATES -> "A,B";
        default -> "true";
      };
      RuleOption.Result result = option.parse(value, all);
      assertThat(result.overrides()).as(option.key() + ": " + result.problem()).isPresent();
      all = result.overrides().get();
    }
    assertThat(all.keysSet()).containsExactlyInAnyOrderElementsOf(keys);
  }
}
