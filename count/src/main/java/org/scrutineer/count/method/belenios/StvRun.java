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
  /**
   * One ballot: its current weight, the candidates still on it, best first, and the index of its
   * electorate section in the report ({@link #NO_SECTION} for none). The section only labels the
   * ballot for the report's breakdown; no decision reads it.
   */
  record Paper<W>(W weight, int[] preferences, int section) {
    Paper(W weight, int[] preferences) {
      this(weight, preferences, NO_SECTION);
    }
  }

  /** {@link Paper#section} of a ballot in no section. */
  static final int NO_SECTION = -1;

  /** The key of {@link Step#transfers} for votes that go to no one. */
  static final int EXHAUSTED = -1;

  /**
   * One step: the event(s) it produced, the scores the decision was made on, the votes the winner's
   * or loser's ballots carried on to each next choice ({@link #EXHAUSTED} for none), and each
   * section's share of the scores (indexed by {@link Paper#section}; empty when run without sections).
   */
  record Step<W>(List<StvEvent> events, Map<Integer, W> scores, Map<Integer, W> transfers, List<Share<W>> sections) {
    Step {
      events = List.copyOf(events);
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      transfers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
      sections = List.copyOf(sections);
    }
  }

  /**
   * One section's share of a step: its ballots' votes for each candidate scored (the same keys as
   * {@link Step#scores}), and its votes that count for no one: every one of its ballots left with no
   * candidate, at the weight it had then. In exact arithmetic the shares add up to the scores, and the
   * exhausted shares to the valid total less the scores less one quota per winner so far (a winner's
   * ballots go on at (votes − quota) / votes, so together they leave exactly one quota behind).
   */
  record Share<W>(Map<Integer, W> scores, W exhausted) {
    Share {
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
  }

  private final StvArithmetic<W> arithmetic;

  StvRun(StvArithmetic<W> arithmetic) {
    this.arithmetic = arithmetic;
  }

  List<Step<W>> run(W quota, List<Paper<W>> papers, long seats) {
    return run(quota, papers, seats, 0);
  }

  /** @param sections how many sections the papers' {@link Paper#section} indices range over */
  List<Step<W>> run(W quota, List<Paper<W>> papers, long seats, int sections) {
    List<Step<W>> steps = new ArrayList<>();
    List<Paper<W>> current = papers;
    long remaining = seats;
    List<W> exhausted = new ArrayList<>();
    for (int s = 0; s < sections; s++) {
      exhausted.add(arithmetic.zero());
    }
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
      List<Share<W>> shares = shares(current, scores, exhausted);
      if (piles.size() <= remaining) {
        // no more candidates than seats: they all win, in question order
        steps.add(new Step<>(List.of(new StvEvent.Win(List.copyOf(piles.keySet()))), scores, Map.of(), shares));
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
      steps.add(new Step<>(events, scores, moved, shares));
    }
    return steps;
  }

  /**
   * Each section's share of this step's scores, for the report only: separate sums, never part of a
   * decision. {@code exhausted} holds each section's exhausted votes so far and is brought up to date:
   * a ballot left with no candidate is in {@code papers} for exactly one step (the next transfer,
   * which walks the piles, leaves it out), so it is added exactly once.
   */
  private List<Share<W>> shares(List<Paper<W>> papers, Map<Integer, W> scores, List<W> exhausted) {
    if (exhausted.isEmpty()) {
      return List.of(); // no sections (belenios-tool's count): skip the pass over every ballot
    }
    List<Map<Integer, W>> bySection = new ArrayList<>();
    for (int s = 0; s < exhausted.size(); s++) {
      Map<Integer, W> zeros = new LinkedHashMap<>();
      scores.keySet().forEach(c -> zeros.put(c, arithmetic.zero()));
      bySection.add(zeros);
    }
    for (Paper<W> paper : papers) {
      int s = paper.section();
      if (s == NO_SECTION) {
        continue;
      }
      int[] p = paper.preferences();
      if (p.length == 0) {
        exhausted.set(s, arithmetic.add(exhausted.get(s), paper.weight()));
      } else {
        bySection.get(s).merge(p[0], paper.weight(), arithmetic::add);
      }
    }
    List<Share<W>> shares = new ArrayList<>();
    for (int s = 0; s < bySection.size(); s++) {
      shares.add(new Share<>(bySection.get(s), exhausted.get(s)));
    }
    return shares;
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
        next.add(new Paper<>(weight, rest, paper.section()));
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
