package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import org.scrutineer.count.ballot.RankedBallot;

/**
 * One grouped ballot as the Gregory methods move it: who holds it, at which rank, and at what value
 * per ballot (1 until a surplus transfer lowers it). Identical ballots follow identical paths, so a
 * group never needs splitting: its votes are its weight times its value. Mutable, private to a count.
 */
final class Parcel {
  final RankedBallot ballot;
  /** The rank (0-based) of the current preference; meaningless once exhausted. */
  int rank;
  /** The candidate holding it, or −1 once it has no next available preference (non-transferable). */
  int holder;
  /** The value of each ballot of the group when received by its holder (rule 48(4)(b)). */
  BigDecimal value = BigDecimal.ONE;

  Parcel(RankedBallot ballot) {
    this.ballot = ballot;
  }

  boolean exhausted() {
    return holder < 0;
  }

  /** Its votes: weight × value. */
  BigDecimal votes() {
    return ballot.weight().multiply(value);
  }

  String section() {
    return ballot.section();
  }
}
