package org.scrutineer.count.method.belenios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Belenios 2.0 {@code Stv.run}: the rounds of one count in arithmetic {@code W}. The order in which
 * ballots are kept and summed follows Belenios' lists exactly (each candidate's pile is summed last
 * ballot first; after a transfer the piles are laid out lowest-scoring candidate first), because in
 * binary64 the order of additions can decide a tie.
 */
final class StvRun<W> {
  /** One ballot: its current weight and the candidates still on it, best first. */
  record Paper<W>(W weight, int[] preferences) {}

  /** The key of {@link Step#transfers} for votes that go to no one. */
  static final int EXHAUSTED = -1;

  /**
   * One step: the event(s) it produced, the scores the decision was made on, and the votes the
   * winner's or loser's ballots carried on to each next choice ({@link #EXHAUSTED} for none).
   */
  record Step<W>(List<StvEvent> events, Map<Integer, W> scores, Map<Integer, W> transfers) {
    Step {
      events = List.copyOf(events);
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      transfers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
    }
  }

  private final StvArithmetic<W> arithmetic;

  StvRun(StvArithmetic<W> arithmetic) {
    this.arithmetic = arithmetic;
  }

  List<Step<W>> run(W quota, List<Paper<W>> papers, long seats) {
    List<Step<W>> steps = new ArrayList<>();
    List<Paper<W>> current = papers;
    long remaining = seats;
    while (remaining > 0) {
      TreeMap<Integer, List<Paper<W>>> piles = new TreeMap<>();
      for (Paper<W> paper : current) {
        int[] p = paper.preferences();
        if (p.length == 0) {
          continue;
        }
        piles.computeIfAbsent(p[0], c -> new ArrayList<>()).add(paper);
        for (int k = 1; k < p.length; k++) {
          piles.computeIfAbsent(p[k], c -> new ArrayList<>());
        }
      }
      Map<Integer, W> scores = new LinkedHashMap<>();
      piles.forEach((c, pile) -> scores.put(c, sum(pile)));
      if (piles.size() <= remaining) {
        // no more candidates than seats: they all win, in question order
        steps.add(new Step<>(List.of(new StvEvent.Win(List.copyOf(piles.keySet()))), scores, Map.of()));
        return steps;
      }
      List<Integer> order = new ArrayList<>(piles.keySet());
      // most votes first, then question order: Belenios' "arbitrary" tie-break, chosen by the administrator
      order.sort((a, b) -> {
        int c = arithmetic.compare(scores.get(b), scores.get(a));
        return c != 0 ? c : Integer.compare(a, b);
      });
      int first = order.get(0);
      W best = scores.get(first);
      List<StvEvent> events = new ArrayList<>();
      Map<Integer, W> moved = new TreeMap<>();
      if (arithmetic.compare(best, quota) >= 0) {
        int second = order.get(1);
        if (arithmetic.compare(scores.get(second), best) == 0) {
          events.add(new StvEvent.TieWin(List.of(first, second)));
        }
        // a single winner per round, even when several reach the quota
        events.add(new StvEvent.Win(List.of(first)));
        W keep = arithmetic.divide(arithmetic.subtract(best, quota), best);
        current = transfer(keep, first, order, piles, moved);
        remaining--;
      } else {
        int last = order.get(order.size() - 1);
        int before = order.get(order.size() - 2);
        if (arithmetic.compare(scores.get(before), scores.get(last)) == 0) {
          events.add(new StvEvent.TieLose(List.of(last, before)));
        }
        events.add(new StvEvent.Lose(last));
        current = transfer(arithmetic.one(), last, order, piles, moved);
      }
      steps.add(new Step<>(events, scores, moved));
    }
    return steps;
  }

  /** A pile's total, added last ballot first from zero (Belenios prepends ballots to a pile, then folds left). */
  private W sum(List<Paper<W>> pile) {
    W total = arithmetic.zero();
    for (int i = pile.size() - 1; i >= 0; i--) {
      total = arithmetic.add(total, pile.get(i).weight());
    }
    return total;
  }

  /**
   * Every ballot without {@code candidate}; the ballots of its pile weighted by {@code coefficient}.
   * Ballots left with no candidate drop out (they can no longer count).
   */
  private List<Paper<W>> transfer(
      W coefficient, int candidate, List<Integer> order, Map<Integer, List<Paper<W>>> piles, Map<Integer, W> moved) {
    List<Paper<W>> next = new ArrayList<>();
    for (int k = order.size() - 1; k >= 0; k--) {
      int owner = order.get(k);
      for (Paper<W> paper : piles.get(owner)) {
        int[] rest = without(paper.preferences(), candidate);
        W weight = paper.weight();
        if (owner == candidate) {
          weight = arithmetic.multiply(weight, coefficient);
          // for the report only, in separate sums: never part of a decision
          moved.merge(rest.length == 0 ? EXHAUSTED : rest[0], weight, arithmetic::add);
        }
        next.add(new Paper<>(weight, rest));
      }
    }
    return next;
  }

  private static int[] without(int[] preferences, int candidate) {
    int[] rest = new int[preferences.length];
    int n = 0;
    for (int c : preferences) {
      if (c != candidate) {
        rest[n++] = c;
      }
    }
    return n == preferences.length ? preferences : java.util.Arrays.copyOf(rest, n);
  }
}
