package org.scrutineer.count.method.mj;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallot;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.method.GradedCount;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Seats;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

/**
 * {@code --method mj}: majority judgment as Belenios 2.0 counts it. A ballot must grade every
 * candidate (1 = best … G); a ballot of all zeros is blank; any other ballot is invalid. Candidates
 * are ordered by their median sequences ({@link MedianSequence}); the winners are the first
 * {@code seats}. The report has no rounds; its details hold each candidate's grade counts and
 * majority grade and the ranking in groups of equals (docs/counting.md).
 */
public final class MajorityJudgment implements GradedCount {

  @Override
  public CountRules defaults() {
    return CountRules.defaults();
  }

  @Override
  public Set<String> ruleOptions() {
    return Set.of("candidates");
  }

  /**
   * Counts graded ballots; rule options do not apply.
   *
   * @throws IllegalArgumentException if seats is not 1..candidates, or a weight is not a whole
   *     number (a median sequence has one grade per ballot)
   */
  @Override
  public CountReport count(GradedBallots ballots, int seats, CountRules rules) {
    Candidates candidates = ballots.candidates();
    int n = candidates.size();
    Seats.check(CountMethod.MAJORITY_JUDGMENT, seats, n);
    GradeCounts all = new GradeCounts(n, ballots.grades());
    // sections in the order they first appear, as RankedBallots.sections() orders them
    Map<String, GradeCounts> bySection = new LinkedHashMap<>();
    List<String> invalid = new ArrayList<>();
    for (GradedBallot ballot : ballots.ballots()) {
      long weight = wholeWeight(ballot);
      GradeCounts section = ballot.section().isEmpty() ? null
          : bySection.computeIfAbsent(ballot.section(), s -> new GradeCounts(n, ballots.grades()));
      if (!ballot.blank() && java.util.Arrays.stream(ballot.grades()).anyMatch(g -> g == 0)) {
        invalid.add(ballot + ": does not grade every candidate (a majority-judgment ballot grades all, or none for blank)");
        continue;
      }
      all.add(ballot, weight);
      if (section != null) {
        section.add(ballot, weight);
      }
    }
    long[][] raw = all.raw;
    List<List<Integer>> ranking = rank(raw);
    List<String> winners = new ArrayList<>();
    List<List<String>> named = new ArrayList<>();
    for (List<Integer> group : ranking) {
      named.add(group.stream().map(candidates::name).toList());
      for (int c : group) {
        if (winners.size() < seats) {
          winners.add(candidates.name(c));
        }
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("valid", BigDecimal.valueOf(all.valid));
    details.put("blank", BigDecimal.valueOf(all.blank));
    Map<String, Object> grades = new LinkedHashMap<>();
    for (int c = 0; c < n; c++) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("grades", counts(raw[c]));
      int[] sequence = MedianSequence.of(raw[c]);
      if (sequence.length > 0) {
        one.put("majorityGrade", sequence[0] + 1);
      }
      grades.put(candidates.name(c), one);
    }
    details.put("candidates", grades);
    details.put("ranking", named);
    if (!bySection.isEmpty()) {
      Map<String, Object> perSection = new LinkedHashMap<>();
      bySection.forEach((name, section) -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("valid", BigDecimal.valueOf(section.valid));
        one.put("blank", BigDecimal.valueOf(section.blank));
        Map<String, Object> candidateGrades = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
          candidateGrades.put(candidates.name(c), Map.of("grades", counts(section.raw[c])));
        }
        one.put("candidates", candidateGrades);
        perSection.put(name, one);
      });
      details.put("sections", perSection);
    }
    return new CountReport("mj", seats, Optional.empty(), winners, List.of(), Map.of(), rules, details, invalid);
  }

  private static List<BigDecimal> counts(long[] perGrade) {
    List<BigDecimal> counts = new ArrayList<>();
    for (long count : perGrade) {
      counts.add(BigDecimal.valueOf(count));
    }
    return counts;
  }

  /**
   * The valid and blank ballots and {@code raw[c][g]}, the ballots giving candidate c grade g + 1,
   * added up one ballot at a time: once for the whole count, once more for each section's ballots,
   * so the sections add up to the whole.
   */
  private static final class GradeCounts {
    private final long[][] raw;
    private long valid;
    private long blank;

    GradeCounts(int candidates, int grades) {
      raw = new long[candidates][grades];
    }

    /** A blank or fully graded ballot (invalid ones are set aside before). */
    void add(GradedBallot ballot, long weight) {
      if (ballot.blank()) {
        blank += weight;
        return;
      }
      for (int c = 0; c < raw.length; c++) {
        raw[c][ballot.grade(c) - 1] += weight;
      }
      valid += weight;
    }
  }

  private static long wholeWeight(GradedBallot ballot) {
    BigDecimal w = ballot.weight();
    try {
      return w.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("ballot " + ballot + " has weight " + w.toPlainString()
          + "; majority judgment counts whole ballots, give a whole number of ballots", e);
    }
  }

  /**
   * belenios-tool 2.0 {@code method majority-judgment}: a ballot is valid when every grade is in
   * 1…{@code ngrades}; with {@code blankAllowed} an all-zero ballot is blank; every other ballot is
   * invalid.
   *
   * @throws IllegalArgumentException if a ballot's length is not {@code nchoices} (belenios-tool
   *     fails an assertion there)
   */
  public static MajorityJudgmentResult compute(BeleniosBallots ballots, int nchoices, int ngrades, boolean blankAllowed) {
    long[][] raw = new long[nchoices][ngrades];
    long valid = 0;
    long blank = 0;
    List<long[]> invalid = new ArrayList<>();
    for (int b = 0; b < ballots.size(); b++) {
      long[] ballot = ballots.ballot(b);
      if (ballot.length != nchoices) {
        throw new IllegalArgumentException("ballot " + (b + 1) + " has " + ballot.length + " entries but there are "
            + nchoices + " choices (belenios-tool: Assertion failed, src/lib/core/majority_judgment.ml line 30);"
            + " give every ballot one grade per choice");
      }
      boolean graded = true;
      boolean zeros = true;
      for (long grade : ballot) {
        graded &= grade > 0 && grade <= ngrades;
        zeros &= grade == 0;
      }
      if (graded) {
        for (int c = 0; c < nchoices; c++) {
          raw[c][(int) ballot[c] - 1]++;
        }
        valid++;
      } else if (blankAllowed && zeros) {
        blank++;
      } else {
        invalid.add(ballot);
      }
    }
    java.util.Collections.reverse(invalid); // Belenios prepends each invalid ballot to its list
    return new MajorityJudgmentResult(raw, valid, blankAllowed ? OptionalLong.of(blank) : OptionalLong.empty(), invalid, rank(raw));
  }

  /**
   * Candidates sorted by median sequence with OCaml's (unstable) heap sort, then cut into groups of
   * equal sequences; Belenios builds each group by prepending, so a group lists its members in the
   * reverse of the sorted order.
   */
  static List<List<Integer>> rank(long[][] raw) {
    int n = raw.length;
    Integer[] order = new Integer[n];
    int[][] sequences = new int[n][];
    for (int c = 0; c < n; c++) {
      order[c] = c;
      sequences[c] = MedianSequence.of(raw[c]);
    }
    OcamlHeapSort.sort(order, (a, b) -> MedianSequence.compare(sequences[a], sequences[b]));
    List<List<Integer>> ranking = new ArrayList<>();
    int i = 0;
    while (i < n) {
      List<Integer> group = new ArrayList<>();
      group.add(order[i]);
      int j = i + 1;
      while (j < n && MedianSequence.compare(sequences[order[i]], sequences[order[j]]) == 0) {
        group.add(0, order[j]);
        j++;
      }
      ranking.add(group);
      i = j;
    }
    return ranking;
  }
}
