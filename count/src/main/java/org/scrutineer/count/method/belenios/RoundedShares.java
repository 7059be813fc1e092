package org.scrutineer.count.method.belenios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exact shares of one figure (a candidate's votes, split by section) shown to {@code places}
 * decimals so that they add up to the figure as shown. Rounding each share alone would not: after a
 * surplus transfer, 1/3 + 2/3 truncated to four places is 0.3333 + 0.6666 = 0.9999, not 1.0000, and
 * a party publishing results by section must be able to add them up to the published total. So
 * each share is rounded down, and the units still missing from the rounded total go one each to the
 * shares with the largest remainders (Hamilton's largest-remainder method; equal remainders in
 * section order). A share may therefore show one unit in the last place more than its own rounding.
 */
final class RoundedShares {
  private RoundedShares() {}

  /** @param shares non-negative; the result is in the same order */
  static List<BigDecimal> of(List<Fraction> shares, int places, RoundingMode mode) {
    Fraction sum = Fraction.ZERO;
    List<BigDecimal> shown = new ArrayList<>();
    List<Fraction> remainders = new ArrayList<>();
    BigDecimal floors = BigDecimal.ZERO.setScale(places);
    for (Fraction share : shares) {
      sum = sum.add(share);
      BigDecimal down = share.toDecimal(places, RoundingMode.FLOOR);
      shown.add(down);
      remainders.add(share.subtract(Fraction.of(down)));
      floors = floors.add(down);
    }
    // every rounding mode but UNNECESSARY gives the floor or the ceiling of the sum, so the missing
    // units are at least 0 and at most the number of shares with a remainder: only those get one
    int missing = sum.toDecimal(places, mode).subtract(floors).movePointRight(places).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      shown.set(i, shown.get(i).add(unit));
    }
    return shown;
  }
}
