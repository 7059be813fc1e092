package org.scrutineer.nominations.contest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * How nominations order and show moments. Two timestamps are compared as instants, whatever their
 * UTC offsets ({@code 17:00+01:00} and {@code 16:00Z} are the same moment); they are shown as
 * written, with seconds and offset, so an explanation quotes what the input said.
 */
public final class Timestamps {
  /**
   * Time order: by instant, then (for the same instant written with different offsets) by local
   * time, OffsetDateTime's natural order. Not {@link OffsetDateTime#timeLineOrder()}, which ties
   * equal instants and so would leave their order, and which of them counts, to the input's order.
   */
  public static final Comparator<OffsetDateTime> ORDER = Comparator.naturalOrder();

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private Timestamps() {}

  /** {@code 2016-07-20T17:00:00+01:00}. */
  public static String show(OffsetDateTime moment) {
    return SHOWN.format(moment);
  }
}
