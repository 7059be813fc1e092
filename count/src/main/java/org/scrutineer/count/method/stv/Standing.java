package org.scrutineer.count.method.stv;

import java.util.ArrayList;
import java.util.List;

/** Where a candidate stands in an STV count. */
enum Standing {
  /** Still in the count, neither elected nor excluded ("continuing candidate", SSI 2007/42 art. 2). */
  HOPEFUL,
  ELECTED,
  /** Excluded (eliminated); receives no more votes. */
  EXCLUDED;

  /** The hopeful candidates, in the official order. */
  static List<Integer> hopefuls(Standing[] standing) {
    List<Integer> hopefuls = new ArrayList<>();
    for (int c = 0; c < standing.length; c++) {
      if (standing[c] == HOPEFUL) {
        hopefuls.add(c);
      }
    }
    return hopefuls;
  }
}
