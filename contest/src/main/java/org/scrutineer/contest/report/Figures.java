package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.scrutineer.contest.result.ResultLine;
import org.scrutineer.electorate.register.Section;

/**
 * Numbers and names as the party prints them: {@code 168,216}, {@code 59.0%}, {@code Members}.
 * Decimal tallies keep every place the count gave them ({@code 1,234.50000}): the places are the
 * rule book's.
 */
final class Figures {
  private Figures() {}

  static String whole(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  static String decimal(BigDecimal n) {
    String plain = n.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String integer = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + grouped + fraction;
  }

  /** {@code 59.0%}, or an en dash when there is no percentage (nothing to divide by). */
  static String percent(Optional<BigDecimal> percent) {
    return percent.map(p -> p.toPlainString() + "%").orElse("\u2013");
  }

  /** The section's name as the party publishes it, e.g. {@code Registered supporters}; {@code Total}. */
  static String sectionName(String key) {
    if (key.equals(ResultLine.TOTAL)) {
      return "Total";
    }
    return Section.fromKey(key).map(section -> switch (section) {
      case MEMBER -> "Members";
      case REGISTERED_SUPPORTER -> "Registered supporters";
      case AFFILIATED_SUPPORTER -> "Affiliated supporters";
    }).orElse(key);
  }

  /**
   * A public credential shortened for a table, {@code 12345678…654321}: they run to hundreds of
   * digits; removals.json and the archives hold them whole.
   */
  static String credential(String credential) {
    return credential.length() <= 20 ? credential
        : credential.substring(0, 8) + "\u2026" + credential.substring(credential.length() - 6);
  }
}
