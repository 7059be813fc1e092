package org.scrutineer.nominations.error;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader made of its input: every value it could read and every problem it found, so that
 * one run reports all of them. Callers use {@link #values()} only when {@link #ok()}.
 */
public record Parsed<T>(List<T> values, List<NominationError> errors) {
  public Parsed {
    values = List.copyOf(values);
    errors = List.copyOf(errors);
  }

  public static <T> Parsed<T> of(List<T> values, List<NominationError> errors) {
    return new Parsed<>(values, errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** The errors of several readings, in order. */
  public static List<NominationError> errorsOf(Parsed<?>... readings) {
    List<NominationError> all = new ArrayList<>();
    for (Parsed<?> reading : readings) {
      all.addAll(reading.errors());
    }
    return List.copyOf(all);
  }
}
