package org.scrutineer.count.method.schulze;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/**
 * {@code --method schulze}: Schulze's beatpath method exactly as Belenios 2.0 computes it (winning
 * votes, then losing votes; equal rankings allowed; unranked candidates rank below every ranked
 * one). The winners are the ranking's first {@code seats} candidates; the report has no rounds, and
 * its details hold the pairwise matrix, the beatpaths and the ranking in groups of equals
 * (docs/counting.md, "Schulze").
 */
public final class Schulze implements RankedCount {

  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("candidates");
  }

  /**
   * Counts ranked ballots; rule options do not apply (Schulze has no transfers, overvotes are equal
   * rankings). A ballot ranking nobody is blank: counted apart, as Belenios does when blank is allowed.
   */
  @Override
  public CountReport count(RankedBallots ballots, int seats, CountRules rules) {
    Candidates candidates = ballots.candidates();
    int n = candidates.size();
    Seats.check(CountMethod.SCHULZE, seats, n);
    List<String> sections = ballots.sections();
    List<long[]> marks = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    Map<String, Pairwise> bySection = new LinkedHashMap<>();
    sections.forEach(s -> bySection.put(s, new Pairwise(n, true)));
    for (RankedBallot ballot : ballots.grouped().ballots()) {
      long[] ranks = ranks(ballot, n);
      marks.add(ranks);
      weights.add(ballot.weight());
      Pairwise section = bySection.get(ballot.section());
      if (section != null) {
        section.add(ranks, ballot.weight(), marks.size());
      }
    }
    SchulzeResult result = compute(marks, weights, n, true);
    List<String> winners = new ArrayList<>();
    List<List<String>> ranking = new ArrayList<>();
    for (List<Integer> group : result.ranking()) {
      ranking.add(group.stream().map(candidates::name).toList());
      for (int c : group) {
        if (winners.size() < seats) {
          winners.add(candidates.name(c));
        }
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("valid", result.valid());
    details.put("blank", result.blank().orElseThrow());
    details.put("pairwise", matrix(candidates, result.raw()));
    details.put("beatpaths", beatpaths(candidates, result.beatpaths()));
    details.put("ranking", ranking);
    if (!bySection.isEmpty()) {
      Map<String, Object> perSection = new LinkedHashMap<>();
      bySection.forEach((name, section) -> {
        // the same additions as the overall matrix, of this section's ballots only: they add up to it
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("valid", section.valid);
        one.put("blank", section.blank);
        one.put("pairwise", matrix(candidates, section.raw));
        perSection.put(name, one);
      });
      details.put("sections", perSection);
    }
    return new CountReport("schulze", seats, Optional.empty(), winners, List.of(), Map.of(), rules, details, List.of());
  }

  /**
   * belenios-tool 2.0 {@code method schulze}: each ballot gives every choice a number, lower is
   * preferred, 0 is "unranked" (below every number); any other integer, negative included, counts
   * as given. With {@code blankAllowed} a ballot of all zeros is blank, counted apart; without, it
   * is valid and prefers no one.
   *
   * @throws IllegalArgumentException if a ballot's length is not {@code nchoices} (belenios-tool
   *     fails an assertion there)
   */
  public static SchulzeResult compute(BeleniosBallots ballots, int nchoices, boolean blankAllowed) {
    List<long[]> all = ballots.all();
    List<BigDecimal> ones = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      ones.add(BigDecimal.ONE);
    }
    return compute(all, ones, nchoices, blankAllowed);
  }

  static SchulzeResult compute(List<long[]> ballots, List<BigDecimal> weights, int nchoices, boolean blankAllowed) {
    Pairwise pairwise = new Pairwise(nchoices, blankAllowed);
    for (int b = 0; b < ballots.size(); b++) {
      pairwise.add(ballots.get(b), weights.get(b), b + 1);
    }
    Beat[][] paths = widestPaths(pairwise.raw);
    return new SchulzeResult(pairwise.valid, blankAllowed ? Optional.of(pairwise.blank) : Optional.empty(), pairwise.raw, paths,
        ranking(paths));
  }

  /**
   * The valid and blank ballots and {@code raw[i][j]}, the ballots ranking i above j, added up one
   * ballot at a time: once for the whole count, once more for each section's ballots.
   */
  private static final class Pairwise {
    private final int nchoices;
    private final boolean blankAllowed;
    private BigDecimal valid = BigDecimal.ZERO;
    private BigDecimal blank = BigDecimal.ZERO;
    private final BigDecimal[][] raw;

    Pairwise(int nchoices, boolean blankAllowed) {
      this.nchoices = nchoices;
      this.blankAllowed = blankAllowed;
      this.raw = new BigDecimal[nchoices][nchoices];
      for (BigDecimal[] row : raw) {
        java.util.Arrays.fill(row, BigDecimal.ZERO);
      }
    }

    /** @param number the ballot's 1-based place in the input, for the error */
    void add(long[] ballot, BigDecimal weight, int number) {
      if (blankAllowed && ballot.length == nchoices && isBlank(ballot)) {
        blank = blank.add(weight);
        return;
      }
      valid = valid.add(weight);
      if (ballot.length != nchoices) {
        throw new IllegalArgumentException("ballot " + number + " has " + ballot.length + " entries but there are "
            + nchoices + " choices (belenios-tool: Assertion failed, src/lib/core/schulze.ml line 62); give every ballot one entry per choice");
      }
      for (int i = 0; i < nchoices - 1; i++) {
        long x = rank(ballot[i]);
        for (int j = i + 1; j < nchoices; j++) {
          long y = rank(ballot[j]);
          if (x < y) {
            raw[i][j] = raw[i][j].add(weight);
          } else if (y < x) {
            raw[j][i] = raw[j][i].add(weight);
          }
        }
      }
    }
  }

  /** Belenios reads 0 as "not ranked", worse than any rank: OCaml's max_int. */
  private static long rank(long mark) {
    return mark == 0 ? BeleniosBallots.OCAML_MAX_INT : mark;
  }

  private static boolean isBlank(long[] ballot) {
    for (long mark : ballot) {
      if (mark != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The initial matrix holds, for each pair, only the direct beat of the one more ballots prefer
   * (equal pairs hold no beat); Floyd–Warshall with (max, min) then gives the strongest beatpaths.
   */
  private static Beat[][] widestPaths(BigDecimal[][] raw) {
    int n = raw.length;
    Beat[][] m = new Beat[n][n];
    for (Beat[] row : m) {
      java.util.Arrays.fill(row, Beat.NONE);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int c = raw[i][j].compareTo(raw[j][i]);
        if (c > 0) {
          m[i][j] = new Beat(raw[i][j], raw[j][i]);
        } else if (c < 0) {
          m[j][i] = new Beat(raw[j][i], raw[i][j]);
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = Beat.stronger(m[i][j], Beat.weaker(m[i][k], m[k][j]));
        }
      }
    }
    return m;
  }

  /** Repeatedly the choices no remaining choice beats (beatpath j→i stronger than i→j), in question order. */
  private static List<List<Integer>> ranking(Beat[][] paths) {
    int n = paths.length;
    boolean[] ranked = new boolean[n];
    int count = 0;
    List<List<Integer>> ranking = new ArrayList<>();
    while (count < n) {
      List<Integer> unbeaten = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (ranked[i]) {
          continue;
        }
        boolean beaten = false;
        for (int j = 0; j < n && !beaten; j++) {
          beaten = !ranked[j] && paths[j][i].compareTo(paths[i][j]) > 0;
        }
        if (!beaten) {
          unbeaten.add(i);
        }
      }
      if (unbeaten.isEmpty()) {
        throw new IllegalStateException("no unbeaten choice among the remaining ones: beatpaths are not transitive");
      }
      for (int i : unbeaten) {
        ranked[i] = true;
      }
      count += unbeaten.size();
      ranking.add(List.copyOf(unbeaten));
    }
    return ranking;
  }

  /** A ranked ballot as Belenios marks: the rank (1-based) each candidate is first given, 0 if none. */
  private static long[] ranks(RankedBallot ballot, int n) {
    long[] marks = new long[n];
    for (int r = ballot.rankCount() - 1; r >= 0; r--) {
      for (int c : ballot.at(r)) {
        marks[c] = r + 1;
      }
    }
    return marks;
  }

  private static Map<String, Map<String, BigDecimal>> matrix(Candidates candidates, BigDecimal[][] raw) {
    Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
    for (int i = 0; i < raw.length; i++) {
      Map<String, BigDecimal> row = new LinkedHashMap<>();
      for (int j = 0; j < raw.length; j++) {
        if (i != j) {
          row.put(candidates.name(j), raw[i][j]);
        }
      }
      m.put(candidates.name(i), row);
    }
    return m;
  }

  private static Map<String, Map<String, List<BigDecimal>>> beatpaths(Candidates candidates, Beat[][] paths) {
    Map<String, Map<String, List<BigDecimal>>> m = new LinkedHashMap<>();
    for (int i = 0; i < paths.length; i++) {
      Map<String, List<BigDecimal>> row = new LinkedHashMap<>();
      for (int j = 0; j < paths.length; j++) {
        if (i != j) {
          row.put(candidates.name(j), List.of(paths[i][j].winning(), paths[i][j].losing()));
        }
      }
      m.put(candidates.name(i), row);
    }
    return m;
  }
}
