package org.scrutineer.nominations.supporting;

import java.util.List;

/**
 * Every supporting nomination with what became of it, each list in a canonical order that does not
 * depend on the input's: CLPs by meeting date, CLP, candidate, source; affiliates by name,
 * candidate, source.
 */
public record SupportingDecisions(List<ClpDecision> clps, List<AffiliateDecision> affiliates) {
  public SupportingDecisions {
    clps = List.copyOf(clps);
    affiliates = List.copyOf(affiliates);
  }

  /** What {@code candidate}'s counted supporting nominations add up to. */
  public SupportTally tallyFor(String candidate) {
    long clpCount = clps.stream().filter(d -> d.counted() && d.nomination().candidate().equals(candidate)).count();
    List<AffiliateNomination> counted = affiliates.stream()
        .filter(d -> d.counted() && d.nomination().candidate().equals(candidate))
        .map(AffiliateDecision::nomination)
        .toList();
    long unions = counted.stream().filter(a -> a.kind() == AffiliateKind.TRADE_UNION).count();
    long members = counted.stream().mapToLong(AffiliateNomination::affiliatedMembers).sum();
    return new SupportTally(clpCount, counted.size(), unions, counted.size() - unions, members);
  }
}
