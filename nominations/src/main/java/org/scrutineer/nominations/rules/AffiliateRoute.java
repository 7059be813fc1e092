package org.scrutineer.nominations.rules;

import java.util.Objects;

/**
 * The affiliate route to the ballot, as in 2020: supporting nominations from at least {@code
 * minimumAffiliates} affiliates, at least {@code minimumTradeUnions} of them trade unions, together
 * affiliating at least {@code membership} of the party's affiliated membership (3, 2 and 5%).
 *
 * @param affiliatedMembership the party's total affiliated membership: the whole the membership
 *     percentage is of
 */
public record AffiliateRoute(int minimumAffiliates, int minimumTradeUnions, Threshold membership, long affiliatedMembership) {
  public AffiliateRoute {
    Objects.requireNonNull(membership, "membership");
    if (minimumAffiliates < 0 || minimumTradeUnions < 0 || minimumTradeUnions > minimumAffiliates) {
      throw new IllegalArgumentException(
          "need 0 <= minimum trade unions <= minimum affiliates, got " + minimumTradeUnions + " and " + minimumAffiliates);
    }
    if (affiliatedMembership < 1) {
      throw new IllegalArgumentException("affiliated membership must be at least 1, got " + affiliatedMembership);
    }
  }
}
