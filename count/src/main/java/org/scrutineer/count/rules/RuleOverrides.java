package org.scrutineer.count.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rule options a user set (by flag or rules file); each unset one keeps the method's default.
 * A flag overrides the same key of a rules file ({@link #over}).
 *
 * @param maxSkippedRanks set to {@code Optional.of(OptionalInt.empty())} for "unlimited"
 */
public record RuleOverrides(
    Optional<Overvote> overvote,
    Optional<OptionalInt> maxSkippedRanks,
    Optional<DuplicateCandidate> duplicate,
    Optional<TieBreak> tieBreak,
    Optional<Boolean> batchElimination,
    Optional<Boolean> continueUntilTwo,
    Optional<Boolean> oneWinnerPerRound,
    Optional<BigDecimal> minimumVotes,
    Optional<Threshold> threshold,
    Optional<Integer> decimalPlaces,
    Optional<Rounding> rounding,
    Optional<List<String>> candidateOrder) {

  public static RuleOverrides none() {
    return new RuleOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** These overrides, with any option this leaves unset taken from {@code base} (flags over a rules file). */
  public RuleOverrides over(RuleOverrides base) {
    return new RuleOverrides(overvote.or(base::overvote), maxSkippedRanks.or(base::maxSkippedRanks),
        duplicate.or(base::duplicate), tieBreak.or(base::tieBreak), batchElimination.or(base::batchElimination),
        continueUntilTwo.or(base::continueUntilTwo), oneWinnerPerRound.or(base::oneWinnerPerRound),
        minimumVotes.or(base::minimumVotes), threshold.or(base::threshold), decimalPlaces.or(base::decimalPlaces),
        rounding.or(base::rounding), candidateOrder.or(base::candidateOrder));
  }

  /** These overrides with the official candidate order set (e.g. from an election's own list of answers). */
  public RuleOverrides withCandidateOrder(List<String> order) {
    return new RuleOverrides(overvote, maxSkippedRanks, duplicate, tieBreak, batchElimination, continueUntilTwo,
        oneWinnerPerRound, minimumVotes, threshold, decimalPlaces, rounding, Optional.of(List.copyOf(order)));
  }

  /** The rules-file keys of the options set here ({@code overvote}, {@code max-skipped-ranks} …), in declaration order. */
  public java.util.List<String> keysSet() {
    java.util.List<String> keys = new java.util.ArrayList<>();
    if (overvote.isPresent()) keys.add("overvote");
    if (maxSkippedRanks.isPresent()) keys.add("max-skipped-ranks");
    if (duplicate.isPresent()) keys.add("duplicate");
    if (tieBreak.isPresent()) keys.add("tiebreak");
    if (batchElimination.isPresent()) keys.add("batch-elimination");
    if (continueUntilTwo.isPresent()) keys.add("continue-until-two");
    if (oneWinnerPerRound.isPresent()) keys.add("one-winner-per-round");
    if (minimumVotes.isPresent()) keys.add("minimum-votes");
    if (threshold.isPresent()) keys.add("threshold");
    if (decimalPlaces.isPresent()) keys.add("decimal-places");
    if (rounding.isPresent()) keys.add("rounding");
    if (candidateOrder.isPresent()) keys.add("candidates");
    return keys;
  }

  /** {@code defaults} with every option set here replaced. */
  public CountRules applyTo(CountRules defaults) {
    CountRules rules = defaults;
    if (overvote.isPresent()) rules = rules.withOvervote(overvote.get());
    if (maxSkippedRanks.isPresent()) rules = rules.withMaxSkippedRanks(maxSkippedRanks.get());
    if (duplicate.isPresent()) rules = rules.withDuplicate(duplicate.get());
    if (tieBreak.isPresent()) rules = rules.withTieBreak(tieBreak.get());
    if (batchElimination.isPresent()) rules = rules.withBatchElimination(batchElimination.get());
    if (continueUntilTwo.isPresent()) rules = rules.withContinueUntilTwo(continueUntilTwo.get());
    if (oneWinnerPerRound.isPresent()) rules = rules.withOneWinnerPerRound(oneWinnerPerRound.get());
    if (minimumVotes.isPresent()) rules = rules.withMinimumVotes(minimumVotes.get());
    if (threshold.isPresent()) rules = rules.withThreshold(threshold.get());
    if (decimalPlaces.isPresent()) rules = rules.withDecimalPlaces(decimalPlaces.get());
    if (rounding.isPresent()) rules = rules.withRounding(rounding.get());
    if (candidateOrder.isPresent()) rules = rules.withCandidateOrder(candidateOrder.get());
    return rules;
  }
}
