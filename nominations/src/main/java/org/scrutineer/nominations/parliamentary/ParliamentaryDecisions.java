package org.scrutineer.nominations.parliamentary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every parliamentary nomination and withdrawal with what became of it, in a canonical order (by
 * moment, then nominator, candidate and source) that does not depend on the order of the input.
 */
public record ParliamentaryDecisions(List<NominationDecision> nominations, List<WithdrawalDecision> withdrawals) {
  public ParliamentaryDecisions {
    nominations = List.copyOf(nominations);
    withdrawals = List.copyOf(withdrawals);
  }

  /** The nominations that count for {@code candidate}: one per nominator at most. */
  public List<NominationDecision> countedFor(String candidate) {
    return nominations.stream()
        .filter(decision -> decision.counted() && decision.nomination().candidate().equals(candidate))
        .toList();
  }

  /** How many nominations had each reason, every reason present. */
  public Map<NominationReason, Long> byReason() {
    Map<NominationReason, Long> counts = new EnumMap<>(NominationReason.class);
    for (NominationReason reason : NominationReason.values()) {
      counts.put(reason, 0L);
    }
    nominations.forEach(decision -> counts.merge(decision.reason(), 1L, Long::sum));
    return counts;
  }
}
