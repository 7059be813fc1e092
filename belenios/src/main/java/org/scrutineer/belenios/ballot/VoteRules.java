package org.scrutineer.belenios.ballot;

import java.util.List;
import org.scrutineer.belenios.election.HomomorphicQuestion;

/**
 * What a plaintext answer to a homomorphic question must satisfy — Belenios spec 2.0 §4.9.1 and
 * §4.11.1: each value 0 or 1, between min and max selected, or (with blank votes allowed) the
 * leading blank slot 1 and every other value 0.
 */
final class VoteRules {
  private VoteRules() {}

  static void check(HomomorphicQuestion question, int index, List<Integer> m) {
    String where = "question " + (index + 1) + " (\"" + question.question() + "\")";
    if (m.size() != question.choiceCount()) {
      throw new IllegalArgumentException(
          where
              + " needs "
              + question.choiceCount()
              + " values"
              + (question.blankAllowed() ? " (the blank slot first, then one per answer)" : " (one per answer)")
              + ", found "
              + m.size());
    }
    for (int value : m) {
      if (value != 0 && value != 1) {
        throw new IllegalArgumentException(where + ": every value must be 0 or 1, found " + value);
      }
    }
    int first = question.blankAllowed() ? 1 : 0;
    int selected = m.subList(first, m.size()).stream().mapToInt(Integer::intValue).sum();
    if (question.blankAllowed() && m.get(0) == 1) {
      if (selected != 0) {
        throw new IllegalArgumentException(where + ": a blank vote (first value 1) must select no answer");
      }
      return;
    }
    if (selected < question.min() || selected > question.max()) {
      throw new IllegalArgumentException(
          where
              + ": select between "
              + question.min()
              + " and "
              + question.max()
              + " answers, found "
              + selected
              + (question.blankAllowed() ? " (or vote blank with the first value 1)" : ""));
    }
  }
}
