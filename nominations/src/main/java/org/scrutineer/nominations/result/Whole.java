package org.scrutineer.nominations.result;

import java.util.Objects;

/**
 * The whole the parliamentary percentage is of, and where it came from: {@code 254 MPs and MEPs
 * on the register (234 MPs, 20 MEPs)} or {@code 254, fixed by the rules (the register lists 250)}.
 */
public record Whole(long count, String explanation) {
  public Whole {
    Objects.requireNonNull(explanation, "explanation");
  }
}
