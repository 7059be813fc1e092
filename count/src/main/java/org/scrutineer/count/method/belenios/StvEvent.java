package org.scrutineer.count.method.belenios;

import java.util.List;

/**
 * One event of a Belenios STV count, as belenios-tool prints it: {@code ["Win",[i…]]},
 * {@code ["Lose",i]}, {@code ["TieWin",[i,j]]}, {@code ["TieLose",[i,j]]} (choice indices, 0-based).
 * A tie event comes just before the Win or Lose it decided: the first index is the one chosen.
 */
public sealed interface StvEvent {
  /** Elected: one candidate reaching the quota, or all remaining when no more remain than seats. */
  record Win(List<Integer> choices) implements StvEvent {
    public Win {
      choices = List.copyOf(choices);
    }
  }

  /** Eliminated: the candidate with the fewest votes (the last in question order among equals). */
  record Lose(int choice) implements StvEvent {}

  /** The two best were equal; the first in question order was elected. */
  record TieWin(List<Integer> choices) implements StvEvent {
    public TieWin {
      choices = List.copyOf(choices);
    }
  }

  /** The two last were equal; the later in question order was eliminated. */
  record TieLose(List<Integer> choices) implements StvEvent {
    public TieLose {
      choices = List.copyOf(choices);
    }
  }
}
