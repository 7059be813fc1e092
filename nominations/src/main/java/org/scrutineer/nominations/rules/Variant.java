package org.scrutineer.nominations.rules;

import java.util.Locale;

/**
 * Which kind of contest: a challenge to a sitting leader (2016: the incumbent may be on the ballot
 * automatically, a challenger needs parliamentary nominations) or a vacancy (2020: no incumbent,
 * every candidate needs parliamentary and, by the rules from then on, supporting nominations).
 */
public enum Variant {
  CHALLENGE,
  VACANCY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
