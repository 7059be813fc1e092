package org.scrutineer.count.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Invented ranked ballots for benchmarks and demonstrations, shaped like a three-section leadership
 * ballot: each section (members, registered supporters, affiliated supporters) has its own support
 * for each candidate, and a voter ranks by drawing candidates one after another in proportion to
 * that support (the Plackett–Luce model), so preferences correlate as real ones do and no count is
 * trivial. Some voters stop early; a few skip one rank or mark two candidates at one rank, so the
 * overvote and skipped-rank rules matter. The same arguments give the same ballots.
 */
public final class SyntheticBallots {
  /** The sections, in report order, and the share of ballots each casts (2016's rough proportions). */
  public static final List<String> SECTIONS = List.of("members", "registered supporters", "affiliated supporters");

  private static final double[] SECTION_SHARE = {0.55, 0.25, 0.20};
  private static final String[] NAMES = {
    "Adams", "Baker", "Clarke", "Davies", "Evans", "Foster", "Green", "Hughes", "Islam", "Jones",
    "Khan", "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Quinn", "Roberts", "Shah", "Taylor"
  };

  /** The most candidates {@link #candidates} can name. */
  public static final int MAX_CANDIDATES = 20; // NAMES.length, spelt out so that flags can cite it

  /** One ballot: its section and the names at each rank (an empty list is a skipped rank). */
  public record Ballot(String section, List<List<String>> ranks) {
    public Ballot {
      ranks = List.copyOf(ranks.stream().map(List::copyOf).toList());
    }
  }

  private final List<String> candidates;
  private final double[][] support;

  private SyntheticBallots(int candidateCount, long seed) {
    if (candidateCount < 2 || candidateCount > MAX_CANDIDATES) {
      throw new IllegalArgumentException("candidates must be between 2 and " + MAX_CANDIDATES + ", got " + candidateCount);
    }
    this.candidates = List.of(NAMES).subList(0, candidateCount);
    SplittableRandom random = new SplittableRandom(seed);
    // A common view of the candidates, which each section shifts: front-runners stay front-runners
    // in most sections, but a section can prefer another (as 2016's supporters did).
    double[] common = new double[candidateCount];
    for (int c = 0; c < candidateCount; c++) {
      common[c] = 1.0 / (c + 1.2) + random.nextDouble() * 0.2;
    }
    support = new double[SECTIONS.size()][candidateCount];
    for (int s = 0; s < SECTIONS.size(); s++) {
      for (int c = 0; c < candidateCount; c++) {
        support[s][c] = common[c] * (0.6 + random.nextDouble() * 0.8);
      }
    }
  }

  /** A generator of ballots among {@code candidateCount} candidates (2 … {@link #MAX_CANDIDATES}). */
  public static SyntheticBallots of(int candidateCount, long seed) {
    return new SyntheticBallots(candidateCount, seed);
  }

  /** The candidates' names, in ballot-paper order. */
  public List<String> candidates() {
    return candidates;
  }

  /** Hands {@code count} ballots to {@code sink}, one at a time (nothing is kept). */
  public void generate(long count, long seed, Consumer<Ballot> sink) {
    if (count < 0) {
      throw new IllegalArgumentException("ballot count is negative: " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int n = candidates.size();
    for (long i = 0; i < count; i++) {
      int section = section(random.nextDouble());
      int length = random.nextDouble() < 0.5 ? n : 1 + random.nextInt(n - 1 == 0 ? 1 : n - 1);
      int[] order = draw(support[section], random);
      List<List<String>> ranks = new ArrayList<>(length + 1);
      boolean skipped = false; // at most one skipped rank, so a ballot has at most candidates + 1 ranks
      for (int r = 0; r < length; r++) {
        double odd = random.nextDouble();
        if (odd < 0.004 && r + 1 < n) {
          ranks.add(List.of(candidates.get(order[r]), candidates.get(order[r + 1]))); // an overvote
          r++;
        } else if (odd < 0.01 && !skipped) {
          skipped = true;
          ranks.add(List.of()); // a skipped rank
          ranks.add(List.of(candidates.get(order[r])));
        } else {
          ranks.add(List.of(candidates.get(order[r])));
        }
      }
      sink.accept(new Ballot(SECTIONS.get(section), ranks));
    }
  }

  private static int section(double u) {
    double cumulative = 0;
    for (int s = 0; s < SECTION_SHARE.length; s++) {
      cumulative += SECTION_SHARE[s];
      if (u < cumulative) {
        return s;
      }
    }
    return SECTION_SHARE.length - 1;
  }

  /** A full ranking drawn in proportion to support, without replacement (Plackett–Luce). */
  private static int[] draw(double[] support, SplittableRandom random) {
    int n = support.length;
    double[] left = support.clone();
    double total = 0;
    for (double w : left) {
      total += w;
    }
    int[] order = new int[n];
    for (int r = 0; r < n; r++) {
      double u = random.nextDouble() * total;
      int chosen = -1;
      for (int c = 0; c < n; c++) {
        if (left[c] > 0) {
          chosen = c;
          u -= left[c];
          if (u < 0) {
            break;
          }
        }
      }
      order[r] = chosen;
      total -= left[chosen];
      left[chosen] = 0;
    }
    return order;
  }
}
