package org.scrutineer.count.ballot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decrypted ballots of one non-homomorphic Belenios question, as belenios-tool reads them (read
 * by {@code count.input.belenios.BeleniosBallotsReader}): one array of integers per ballot, in input
 * order. Nothing is checked beyond the integers' range; each
 * method decides what a valid ballot is (STV ranks 1…k, Schulze any order, majority judgment grades
 * 1…G), as belenios-tool does.
 */
public final class BeleniosBallots {
  /** OCaml's {@code max_int} on 64-bit machines (2^62 − 1): belenios-tool's integers are OCaml ints. */
  public static final long OCAML_MAX_INT = (1L << 62) - 1;

  /** OCaml's {@code min_int} on 64-bit machines (−2^62). */
  public static final long OCAML_MIN_INT = -(1L << 62);

  private final List<long[]> ballots;

  public BeleniosBallots(List<long[]> ballots) {
    List<long[]> copy = new ArrayList<>(ballots.size());
    for (long[] ballot : ballots) {
      for (long value : ballot) {
        if (value < OCAML_MIN_INT || value > OCAML_MAX_INT) {
          throw new IllegalArgumentException(value + " is outside belenios-tool's integers (OCaml int)");
        }
      }
      copy.add(ballot.clone());
    }
    this.ballots = List.copyOf(copy);
  }

  public int size() {
    return ballots.size();
  }

  /** Ballot {@code i} (0-based), a copy. */
  public long[] ballot(int i) {
    return ballots.get(i).clone();
  }

  /** The ballots, each a copy. */
  public List<long[]> all() {
    return ballots.stream().map(long[]::clone).toList();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BeleniosBallots other) || other.ballots.size() != ballots.size()) {
      return false;
    }
    for (int i = 0; i < ballots.size(); i++) {
      if (!Arrays.equals(ballots.get(i), other.ballots.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (long[] ballot : ballots) {
      h = 31 * h + Arrays.hashCode(ballot);
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < ballots.size(); i++) {
      s.append(i == 0 ? "" : ",").append(Arrays.toString(ballots.get(i)).replace(" ", ""));
    }
    return s.append(']').toString();
  }
}
