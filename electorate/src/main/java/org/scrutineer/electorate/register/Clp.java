package org.scrutineer.electorate.register;

import java.util.Objects;

/** A constituency Labour party, and the region it belongs to (results and diffs break down by both). */
public record Clp(String code, String name, String region) {
  public Clp {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a CLP code cannot be blank");
    }
  }
}
