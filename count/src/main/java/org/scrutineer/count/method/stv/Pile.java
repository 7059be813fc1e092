package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.preference.NextPreference;
import org.scrutineer.count.report.TallySheet;

/**
 * The papers of a Gregory count (Scottish WIGM, RCTab's fractional STV): every ballot group as a
 * {@link Parcel} held by one candidate, and what elected candidates kept of the papers whose surplus
 * they passed on. Mutable, private to a count.
 */
final class Pile {
  /** A parcel set aside, held by no one and not exhausted (RCTab's final-round surplus). */
  static final int SET_ASIDE = -2;

  private final List<Parcel> parcels = new ArrayList<>();
  private final List<Kept> kept = new ArrayList<>();
  private final NextPreference next;
  private final IntPredicate continuing;

  private record Kept(String section, int candidate, BigDecimal votes) {}

  /** Sorts the papers by first preference (SSI 2007/42 rule 45(1)). */
  Pile(RankedBallots grouped, NextPreference next, IntPredicate continuing) {
    this.next = next;
    this.continuing = continuing;
    for (RankedBallot ballot : grouped.ballots()) {
      Parcel parcel = new Parcel(ballot);
      parcel.rank = -1;
      moveOn(parcel);
      parcels.add(parcel);
    }
  }

  List<Parcel> parcels() {
    return parcels;
  }

  /** The votes of parcels that found a first preference (the valid papers); call before any transfer. */
  BigDecimal valid() {
    BigDecimal valid = BigDecimal.ZERO;
    for (Parcel p : parcels) {
      if (!p.exhausted()) {
        valid = valid.add(p.votes());
      }
    }
    return valid;
  }

  /** {@code votes} of {@code parcel}'s ballots stay with {@code candidate} as its surplus moves on. */
  void keep(Parcel parcel, int candidate, BigDecimal votes) {
    kept.add(new Kept(parcel.section(), candidate, votes));
  }

  /** Moves {@code parcel} to its next continuing preference after its current rank, or exhausts it. */
  void moveOn(Parcel parcel) {
    NextPreference.Found found = next.find(parcel.ballot, parcel.rank + 1, continuing);
    parcel.rank = found.rank();
    parcel.holder = found.candidate();
  }

  /** Every parcel's and every kept portion's votes, added to {@code sheet}. */
  TallySheet tally(TallySheet sheet) {
    for (Parcel p : parcels) {
      if (p.holder == SET_ASIDE) {
        continue;
      }
      if (p.exhausted()) {
        sheet.addExhausted(p.section(), p.votes());
      } else {
        sheet.add(p.section(), p.holder, p.votes());
      }
    }
    for (Kept k : kept) {
      sheet.add(k.section(), k.candidate(), k.votes());
    }
    return sheet;
  }
}
