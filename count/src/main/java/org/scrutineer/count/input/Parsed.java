package org.scrutineer.count.input;

import java.util.List;
import java.util.Optional;

/**
 * What a reader made of its input: the value when there was no problem, and every problem it found,
 * so that one run reports all of them.
 */
public record Parsed<T>(Optional<T> value, List<InputError> errors) {
  public Parsed {
    errors = List.copyOf(errors);
    if (value.isPresent() && !errors.isEmpty()) {
      throw new IllegalArgumentException("a reading with errors has no value");
    }
  }

  /** The value if {@code errors} is empty, else the errors alone. */
  public static <T> Parsed<T> of(T value, List<InputError> errors) {
    return new Parsed<>(errors.isEmpty() ? Optional.of(value) : Optional.empty(), errors);
  }

  public static <T> Parsed<T> failed(List<InputError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failed reading names at least one error");
    }
    return new Parsed<>(Optional.empty(), errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** The value; only when {@link #ok()}. */
  public T get() {
    return value.orElseThrow(() -> new IllegalStateException("the input has errors: " + errors));
  }
}
