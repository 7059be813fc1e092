package org.scrutineer.count.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Every rule option of a count (docs/counting.md lists each, its default and where it comes from).
 * Each method starts from its own defaults ({@code CountMethod.defaults()}) and the user's flags or
 * rules file override single options ({@link RuleOverrides}).
 *
 * @param maxSkippedRanks consecutive skipped ranks a ballot may pass before it exhausts; empty =
 *     unlimited
 * @param minimumVotes candidates with fewer votes than this after the first round are eliminated
 *     together (RCTab "minimum vote threshold"); zero = none
 * @param candidateOrder the official order of candidates for candidate-order tie-breaks and the
 *     report; empty = the order the input gives
 */
public record CountRules(
    Overvote overvote,
    OptionalInt maxSkippedRanks,
    DuplicateCandidate duplicate,
    TieBreak tieBreak,
    boolean batchElimination,
    boolean continueUntilTwo,
    boolean oneWinnerPerRound,
    BigDecimal minimumVotes,
    Threshold threshold,
    int decimalPlaces,
    Rounding rounding,
    List<String> candidateOrder) {

  public CountRules {
    Objects.requireNonNull(overvote, "overvote");
    Objects.requireNonNull(maxSkippedRanks, "maxSkippedRanks");
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(tieBreak, "tieBreak");
    Objects.requireNonNull(minimumVotes, "minimumVotes");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(rounding, "rounding");
    candidateOrder = List.copyOf(candidateOrder);
    if (maxSkippedRanks.isPresent() && maxSkippedRanks.getAsInt() < 0) {
      throw new IllegalArgumentException("max skipped ranks is negative: " + maxSkippedRanks.getAsInt());
    }
    if (minimumVotes.signum() < 0) {
      throw new IllegalArgumentException("minimum votes is negative: " + minimumVotes);
    }
    if (decimalPlaces < 0 || decimalPlaces > 20) {
      throw new IllegalArgumentException("decimal places " + decimalPlaces + " is outside 0..20");
    }
  }

  /**
   * The general defaults: overvotes exhaust, unlimited skipped ranks, repeated candidates skipped,
   * previous-round tie-breaks, no batch elimination, integer Droop quota, 4 decimal places truncated
   * (RCTab's defaults where it has one).
   */
  public static CountRules defaults() {
    return new CountRules(Overvote.EXHAUST, OptionalInt.empty(), DuplicateCandidate.SKIP, new TieBreak.PreviousRound(),
        false, false, false, BigDecimal.ZERO, Threshold.DROOP, 4, Rounding.TRUNCATE, List.of());
  }

  public CountRules withOvervote(Overvote value) {
    return new CountRules(value, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withMaxSkippedRanks(OptionalInt value) {
    return new CountRules(overvote, value, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withDuplicate(DuplicateCandidate value) {
    return new CountRules(overvote, maxSkippedRanks, value, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withTieBreak(TieBreak value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, value, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withBatchElimination(boolean value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, value, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withContinueUntilTwo(boolean value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, value,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withOneWinnerPerRound(boolean value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        value, minimumVotes, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withMinimumVotes(BigDecimal value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, value, threshold, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withThreshold(Threshold value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, value, decimalPlaces, rounding, candidateOrder);
  }

  public CountRules withDecimalPlaces(int value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, value, rounding, candidateOrder);
  }

  public CountRules withRounding(Rounding value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, value, candidateOrder);
  }

  public CountRules withCandidateOrder(List<String> value) {
    return new CountRules(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, value);
  }
}
