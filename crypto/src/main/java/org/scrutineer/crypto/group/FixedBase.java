package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One base that is raised over and over — the generator g, an election's public key y — with the
 * {@link FixedBaseTable} its use so far has paid for. Tables cost products to build and save
 * products on every later power, so they grow with use:
 *
 * <ul>
 *   <li>none until {@code usesBeforeTable} powers (a one-ballot command should not pay 11 ms);
 *   <li>then 8-bit windows (31 products a power for a 256-bit q, 8,160 to build);
 *   <li>after {@value #USES_BEFORE_WIDE_TABLE} powers — some 80 ballots of two questions — the
 *       widest window up to {@value #WIDEST_WINDOW_BITS} bits whose table fits in {@value
 *       #WIDE_TABLE_MAX_MIB} MiB: for BELENIOS-2048, 12 bits and 21 products a power (23 MiB, 90,000
 *       products to build, repaid after 9,000 powers); for RFC-3526-2048's 2047-bit q, 9 bits.
 * </ul>
 *
 * The thread that crosses a threshold builds the next table while the others go on with the
 * current one. Figures: bench/README.md.
 */
final class FixedBase {
  static final int USES_BEFORE_WIDE_TABLE = 4096;
  private static final int WIDEST_WINDOW_BITS = 12;
  private static final int WIDE_TABLE_MAX_MIB = 32;

  private final MontgomeryDomain domain;
  private final BigInteger base;
  private final int exponentBits;
  private final int usesBeforeTable;
  private final AtomicInteger uses = new AtomicInteger();
  private volatile FixedBaseTable table;

  FixedBase(MontgomeryDomain domain, BigInteger base, int exponentBits, int usesBeforeTable) {
    this.domain = domain;
    this.base = base;
    this.exponentBits = exponentBits;
    this.usesBeforeTable = usesBeforeTable;
    if (usesBeforeTable == 0) {
      table = new FixedBaseTable(domain, base, exponentBits);
    }
  }

  /** base^exponent in Montgomery form, or null while no table covers the exponent. */
  int[] pow(BigInteger exponent) {
    int used = uses.incrementAndGet();
    if (used == usesBeforeTable) {
      table = new FixedBaseTable(domain, base, exponentBits);
    } else if (used == USES_BEFORE_WIDE_TABLE) {
      int window = wideWindowBits(exponentBits, domain.length());
      if (window > FixedBaseTable.DEFAULT_WINDOW_BITS) {
        table = new FixedBaseTable(domain, base, exponentBits, window);
      }
    }
    FixedBaseTable current = table;
    return current != null && current.covers(exponent) ? current.pow(exponent) : null;
  }

  /** The window of the wide table: the widest whose table fits the memory bound. */
  static int wideWindowBits(int exponentBits, int len) {
    for (int window = WIDEST_WINDOW_BITS; window > FixedBaseTable.DEFAULT_WINDOW_BITS; window--) {
      if (FixedBaseTable.sizeInBytes(exponentBits, window, len) <= WIDE_TABLE_MAX_MIB * 1024L * 1024L) {
        return window;
      }
    }
    return FixedBaseTable.DEFAULT_WINDOW_BITS;
  }

  /** The window of the table in use, 0 while there is none: for tests. */
  int windowBits() {
    FixedBaseTable current = table;
    return current == null ? 0 : current.windowBits();
  }
}
