package org.scrutineer.count.input;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a reader needs beyond the text: the official candidate order ({@code --candidates}), which
 * also makes a name outside it an error, and the number of grades of a majority-judgment CSV
 * ({@code --grades}; otherwise the largest grade written).
 */
public record ReadOptions(Optional<List<String>> candidates, OptionalInt grades) {
  public ReadOptions {
    candidates = candidates.map(List::copyOf);
    if (grades.isPresent() && grades.getAsInt() < 1) {
      throw new IllegalArgumentException("a grading needs at least one grade, got " + grades.getAsInt());
    }
  }

  public static ReadOptions none() {
    return new ReadOptions(Optional.empty(), OptionalInt.empty());
  }

  public ReadOptions withCandidates(List<String> names) {
    return new ReadOptions(Optional.of(names), grades);
  }

  public ReadOptions withGrades(int value) {
    return new ReadOptions(candidates, OptionalInt.of(value));
  }
}
