package org.scrutineer.nominations.supporting;

import java.util.Locale;

/** The two kinds of organisation affiliated to the party that may make supporting nominations. */
public enum AffiliateKind {
  TRADE_UNION("trade union"),
  SOCIALIST_SOCIETY("socialist society");

  private final String words;

  AffiliateKind(String words) {
    this.words = words;
  }

  /** {@code trade union}. */
  public String words() {
    return words;
  }

  /** {@code trade_union}: as the CSV files and JSON write it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
