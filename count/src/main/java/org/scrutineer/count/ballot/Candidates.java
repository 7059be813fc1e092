package org.scrutineer.count.ballot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates of a count, in their official order (the order of the ballot paper, or of the
 * {@code --candidates} flag): candidate-order tie-breaks and the report use it. Ballots refer to a
 * candidate by its 0-based index here.
 */
public final class Candidates {
  private final List<String> names;
  private final Map<String, Integer> indexByName;

  private Candidates(List<String> names) {
    this.names = List.copyOf(names);
    this.indexByName = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      indexByName.put(this.names.get(i), i);
    }
  }

  /** @throws IllegalArgumentException if a name is blank or appears twice */
  public static Candidates of(List<String> names) {
    var seen = new HashSet<String>();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a candidate's name is blank");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("candidate \"" + name + "\" is listed twice");
      }
    }
    return new Candidates(names);
  }

  public int size() {
    return names.size();
  }

  public String name(int index) {
    return names.get(index);
  }

  public List<String> names() {
    return names;
  }

  public Optional<Integer> indexOf(String name) {
    return Optional.ofNullable(indexByName.get(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidates other && names.equals(other.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
