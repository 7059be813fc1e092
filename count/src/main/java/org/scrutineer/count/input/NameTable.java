package org.scrutineer.count.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.scrutineer.count.ballot.Candidates;

/**
 * The candidates of a file as its ballots name them: either the official order given by {@code
 * --candidates} (a name outside it is an error), or the order names first appear in.
 */
final class NameTable {
  private final boolean fixed;
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  NameTable(Optional<List<String>> official) {
    this.fixed = official.isPresent();
    official.ifPresent(list -> list.forEach(this::add));
  }

  private int add(String name) {
    index.put(name, names.size());
    names.add(name);
    return names.size() - 1;
  }

  /** The index of {@code name}; empty if an official order is fixed and does not list it. */
  OptionalInt indexOf(String name) {
    Integer i = index.get(name);
    if (i != null) {
      return OptionalInt.of(i);
    }
    return fixed ? OptionalInt.empty() : OptionalInt.of(add(name));
  }

  boolean fixed() {
    return fixed;
  }

  /** The fix for an unknown name: the official list. */
  String expected() {
    return "expected one of " + String.join(", ", names) + " (the --candidates list), written exactly so";
  }

  Candidates candidates() {
    return Candidates.of(names);
  }
}
