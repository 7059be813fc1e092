package org.scrutineer.nominations.supporting;

import java.util.Objects;

/**
 * An affiliated organisation's supporting nomination.
 *
 * @param affiliate the organisation's name, unique per affiliate
 * @param kind trade union or socialist society
 * @param affiliatedMembers how many members it affiliates to the party (the affiliate route's
 *     membership test adds these up)
 * @param candidate the candidate nominated, as written
 * @param source where it came from, e.g. {@code affiliates.csv:4}; empty when not known
 */
public record AffiliateNomination(
    String affiliate, AffiliateKind kind, long affiliatedMembers, String candidate, String source) {
  public AffiliateNomination {
    Objects.requireNonNull(affiliate, "affiliate");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(source, "source");
    if (affiliatedMembers < 0) {
      throw new IllegalArgumentException("affiliated members must not be negative: " + affiliatedMembers);
    }
  }
}
