package org.scrutineer.electorate;

import java.util.List;
import java.util.Objects;

/** What a reader made of its input: the value, or every problem found in it (never both). */
public sealed interface Parsed<T> {
  record Valid<T>(T value) implements Parsed<T> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  record Invalid<T>(List<InputProblem> problems) implements Parsed<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid input has at least one problem");
      }
    }
  }

  static <T> Parsed<T> of(T value, List<InputProblem> problems) {
    return problems.isEmpty() ? new Valid<>(value) : new Invalid<>(problems);
  }

  /** The problems; empty when valid. */
  default List<InputProblem> problems() {
    return this instanceof Invalid<T> invalid ? invalid.problems() : List.of();
  }

  /** The value, for a caller that has checked {@link #problems} is empty. */
  default T orElseThrow() {
    if (this instanceof Valid<T> valid) {
      return valid.value();
    }
    throw new IllegalStateException("invalid input: " + problems());
  }
}
