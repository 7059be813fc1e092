package org.scrutineer.count.method.stv;

/** Where a candidate stands in an STV count. */
enum Standing {
  /** Still in the count, neither elected nor excluded ("continuing candidate", SSI 2007/42 art. 2). */
  HOPEFUL,
  ELECTED,
  /** Excluded (eliminated); receives no more votes. */
  EXCLUDED
}
