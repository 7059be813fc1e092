package org.scrutineer.electorate.changes;

import java.util.Objects;

/** One field of one record that a newer extract changed: canonical text before and after ("" for no value). */
public record FieldChange(String field, String before, String after) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      throw new IllegalArgumentException("not a change: " + field + " is " + before + " before and after");
    }
  }
}
