package org.scrutineer.count.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Rounding;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;

/**
 * The rule options a user sets, each by the one name it has as a flag ({@code --overvote}) and as a
 * rules-file key ({@code overvote}), with the one list of values both accept
 * (docs/formats/count-rules.md; docs/counting.md says what each does and where it comes from). Flags
 * and the rules file both parse through {@link #parse}, so they cannot drift apart.
 */
public enum RuleOption {
  OVERVOTE("overvote", "exhaust, skip or exhaust-if-multiple-continuing"),
  MAX_SKIPPED_RANKS("max-skipped-ranks", "a whole number 0 or more, or unlimited"),
  DUPLICATE("duplicate", "exhaust or skip"),
  TIEBREAK("tiebreak", "previous-round, candidate-order, random:SEED or previous-round-then-random:SEED, SEED a whole number"),
  BATCH_ELIMINATION("batch-elimination", "true or false"),
  CONTINUE_UNTIL_TWO("continue-until-two", "true or false"),
  ONE_WINNER_PER_ROUND("one-winner-per-round", "true or false"),
  MINIMUM_VOTES("minimum-votes", "a number 0 or more, like 50 or 12.5"),
  THRESHOLD("threshold", "droop, droop-fractional or hare"),
  DECIMAL_PLACES("decimal-places", "a whole number 0 … 20"),
  ROUNDING("rounding", "truncate or round"),
  CANDIDATES("candidates", "the candidates' names in the official order, separated by commas");

  private final String key;
  private final String accepted;

  RuleOption(String key, String accepted) {
    this.key = key;
    this.accepted = accepted;
  }

  /** The rules-file key; the flag is {@code --} and this. */
  public String key() {
    return key;
  }

  /** The values accepted, for messages: {@code exhaust or skip}. */
  public String accepted() {
    return accepted;
  }

  /** A yes/no option: a switch on the command line, {@code true}/{@code false} in a rules file. */
  public boolean isSwitch() {
    return accepted.equals("true or false");
  }

  public static Optional<RuleOption> byKey(String key) {
    return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
  }

  /** The result of parsing one value: {@code overrides} with it set, or the problem. */
  public record Result(Optional<RuleOverrides> overrides, String problem) {}

  /**
   * {@code overrides} with this option set from {@code text}, or a problem ({@code is not …}) that
   * the caller prefixes with the flag or key and follows with {@link #accepted()}.
   */
  public Result parse(String text, RuleOverrides overrides) {
    String t = text.strip();
    RuleOverrides o = overrides;
    switch (this) {
      case OVERVOTE:
        for (Overvote v : Overvote.values()) {
          if (v.flag().equals(t)) {
            return ok(new RuleOverrides(Optional.of(v), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
                o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), o.rounding(),
                o.candidateOrder()));
          }
        }
        return bad("is not an overvote rule");
      case MAX_SKIPPED_RANKS: {
        OptionalInt limit;
        if (t.equals("unlimited")) {
          limit = OptionalInt.empty();
        } else {
          int n = wholeNumber(t);
          if (n < 0) {
            return bad("is not a number of ranks");
          }
          limit = OptionalInt.of(n);
        }
        return ok(new RuleOverrides(o.overvote(), Optional.of(limit), o.duplicate(), o.tieBreak(), o.batchElimination(),
            o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), o.rounding(),
            o.candidateOrder()));
      }
      case DUPLICATE:
        for (DuplicateCandidate v : DuplicateCandidate.values()) {
          if (v.flag().equals(t)) {
            return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), Optional.of(v), o.tieBreak(), o.batchElimination(),
                o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), o.rounding(),
                o.candidateOrder()));
          }
        }
        return bad("is not a repeated-candidate rule");
      case TIEBREAK: {
        TieBreak rule;
        try {
          rule = TieBreak.parse(t);
        } catch (IllegalArgumentException e) {
          return bad("is not a tie-break");
        }
        return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), Optional.of(rule), o.batchElimination(),
            o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), o.rounding(),
            o.candidateOrder()));
      }
      case BATCH_ELIMINATION:
      case CONTINUE_UNTIL_TWO:
      case ONE_WINNER_PER_ROUND: {
        if (!t.equals("true") && !t.equals("false")) {
          return bad("is not true or false");
        }
        Optional<Boolean> v = Optional.of(t.equals("true"));
        return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(),
            this == BATCH_ELIMINATION ? v : o.batchElimination(), this == CONTINUE_UNTIL_TWO ? v : o.continueUntilTwo(),
            this == ONE_WINNER_PER_ROUND ? v : o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(),
            o.rounding(), o.candidateOrder()));
      }
      case MINIMUM_VOTES: {
        Optional<BigDecimal> v = Weights.parseNonNegative(t);
        if (v.isEmpty()) {
          return bad("is not a number of votes");
        }
        return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
            o.continueUntilTwo(), o.oneWinnerPerRound(), v, o.threshold(), o.decimalPlaces(), o.rounding(), o.candidateOrder()));
      }
      case THRESHOLD:
        for (Threshold v : Threshold.values()) {
          if (v.flag().equals(t)) {
            return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
                o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), Optional.of(v), o.decimalPlaces(), o.rounding(),
                o.candidateOrder()));
          }
        }
        return bad("is not a threshold");
      case DECIMAL_PLACES: {
        int n = wholeNumber(t);
        if (n < 0 || n > 20) {
          return bad("is not a number of decimal places");
        }
        return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
            o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), Optional.of(n), o.rounding(),
            o.candidateOrder()));
      }
      case ROUNDING:
        for (Rounding v : Rounding.values()) {
          if (v.flag().equals(t)) {
            return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
                o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), Optional.of(v),
                o.candidateOrder()));
          }
        }
        return bad("is not a rounding rule");
      case CANDIDATES: {
        List<String> names = new ArrayList<>();
        for (String name : t.split(",", -1)) {
          names.add(name.strip());
        }
        return candidates(names, o);
      }
      default:
        throw new IllegalStateException("unhandled option " + this);
    }
  }

  /** The candidates option from a list (a rules file's array), checked: no blank name, none twice. */
  public static Result candidates(List<String> names, RuleOverrides o) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank()) {
        return bad("has a blank name");
      }
      if (!seen.add(name)) {
        return bad("names " + name + " twice");
      }
    }
    return ok(new RuleOverrides(o.overvote(), o.maxSkippedRanks(), o.duplicate(), o.tieBreak(), o.batchElimination(),
        o.continueUntilTwo(), o.oneWinnerPerRound(), o.minimumVotes(), o.threshold(), o.decimalPlaces(), o.rounding(),
        Optional.of(List.copyOf(names))));
  }

  private static Result ok(RuleOverrides overrides) {
    return new Result(Optional.of(overrides), "");
  }

  private static Result bad(String problem) {
    return new Result(Optional.empty(), problem);
  }

  private static int wholeNumber(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }
}
