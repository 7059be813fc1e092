package org.scrutineer.nominations.rules;

import java.util.Locale;

/**
 * What a challenged incumbent needs. On 12 July 2016 the NEC ruled that Jeremy Corbyn, as the
 * incumbent leader, went onto the ballot automatically when challenged; the alternative reading
 * of the rule book was that he needed nominations like any challenger.
 */
public enum IncumbentRule {
  /** On the ballot without nominations as soon as a challenger is validly nominated. */
  AUTOMATIC_WHEN_CHALLENGED,
  /** Must pass the same thresholds as a challenger. */
  MUST_BE_NOMINATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
