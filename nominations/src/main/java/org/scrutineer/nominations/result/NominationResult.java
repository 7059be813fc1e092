package org.scrutineer.nominations.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.nominations.parliamentary.ParliamentaryDecisions;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.supporting.SupportingDecisions;

/**
 * Who is validly nominated and why, with every decision behind it: the answer of {@code
 * tally.Tally.count}.
 *
 * @param rules the rules applied (the contest among them)
 * @param whole what the parliamentary percentage is of
 * @param candidates every declared candidate, in the rules' order
 * @param status what it means for the contest
 * @param statusExplanation e.g. {@code ballot: Jeremy Corbyn (incumbent) and Owen Smith}
 * @param parliamentary every parliamentary nomination and withdrawal, decided
 * @param supporting every CLP and affiliate nomination, decided
 */
public record NominationResult(
    NominationRules rules,
    Whole whole,
    List<CandidateOutcome> candidates,
    ContestStatus status,
    String statusExplanation,
    ParliamentaryDecisions parliamentary,
    SupportingDecisions supporting) {
  public NominationResult {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(whole, "whole");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusExplanation, "statusExplanation");
    Objects.requireNonNull(parliamentary, "parliamentary");
    Objects.requireNonNull(supporting, "supporting");
  }

  public Optional<CandidateOutcome> candidate(String name) {
    return candidates.stream().filter(outcome -> outcome.candidate().equals(name)).findFirst();
  }

  /** The validly nominated candidates, in the rules' order. */
  public List<String> nominated() {
    return candidates.stream().filter(CandidateOutcome::nominated).map(CandidateOutcome::candidate).toList();
  }
}
