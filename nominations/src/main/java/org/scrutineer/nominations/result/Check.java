package org.scrutineer.nominations.result;

import java.util.Objects;

/**
 * One threshold applied to one candidate, with its numbers and a sentence a reader can check:
 * {@code 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 172}.
 *
 * @param name what is checked, e.g. {@code parliamentary}, {@code CLPs}, {@code trade unions}
 * @param needed the least that passes
 * @param has what the candidate has
 */
public record Check(String name, long needed, long has, String explanation) {
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(explanation, "explanation");
  }

  public boolean passed() {
    return has >= needed;
  }
}
