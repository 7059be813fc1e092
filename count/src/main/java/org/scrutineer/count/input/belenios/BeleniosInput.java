package org.scrutineer.count.input.belenios;

import java.util.List;
import java.util.Objects;

/**
 * What reading or converting Belenios ballots gave: the value, or every problem found, each naming
 * the ballot (1-based position in the array, with its line and column where known) and the fix.
 */
public sealed interface BeleniosInput<T> {
  record Ok<T>(T value) implements BeleniosInput<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  record Problems<T>(List<String> problems) implements BeleniosInput<T> {
    public Problems {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a failed read names at least one problem");
      }
    }
  }

  /** The value, or an {@link IllegalArgumentException} whose message is the problems, one a line. */
  default T orThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalArgumentException(String.join("\n", ((Problems<T>) this).problems()));
  }
}
