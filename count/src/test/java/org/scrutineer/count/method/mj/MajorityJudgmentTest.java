package org.scrutineer.count.method.mj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallot;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

class MajorityJudgmentTest {
  private static final Candidates ABCD = Candidates.of(List.of("A", "B", "C", "D"));

  @Test
  void theDebianDemoElectionRanksItsFourChoicesInOrder() {
    // demo-mj.sh's 102 ballots as grade counts (mj.reference: raw [[30,25,20,15,10],…], winners [[0],[1],[2],[3]])
    long[][] raw = {{30, 25, 20, 15, 10}, {25, 30, 20, 14, 11}, {6, 24, 40, 24, 6}, {10, 15, 20, 25, 30}};
    assertThat(MajorityJudgment.rank(raw)).containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
  }

  @Test
  void aPartlyGradedBallotIsInvalidAndABlankOneIsCountedApart() {
    List<GradedBallot> ballots = List.of(
        new GradedBallot(new int[] {1, 2, 3, 3}, BigDecimal.valueOf(3), ""),
        new GradedBallot(new int[] {2, 1, 3, 3}, BigDecimal.ONE, ""),
        new GradedBallot(new int[] {0, 1, 0, 0}, BigDecimal.ONE, ""),
        new GradedBallot(new int[] {0, 0, 0, 0}, BigDecimal.ONE, ""));
    CountReport report = new MajorityJudgment().count(new GradedBallots(ABCD, 3, ballots), 1, CountRules.defaults());
    assertThat(report.winners()).containsExactly("A");
    assertThat(report.invalid()).hasSize(1).first().asString().contains("does not grade every candidate");
    assertThat(report.details().get("valid")).isEqualTo(BigDecimal.valueOf(4));
    assertThat(report.details().get("blank")).isEqualTo(BigDecimal.ONE);
  }

  /** Three sections; the invalid affiliate ballot is in no figure, the blank supporter's only in blank. */
  @Test
  void eachSectionGetsItsOwnGradeCountsAndTheyAddUpToTheWhole() {
    Candidates abc = Candidates.of(List.of("A", "B", "C"));
    List<GradedBallot> ballots = List.of(
        new GradedBallot(new int[] {1, 2, 3}, BigDecimal.valueOf(2), "members"),
        new GradedBallot(new int[] {3, 3, 1}, BigDecimal.ONE, "supporters"),
        new GradedBallot(new int[] {1, 1, 1}, BigDecimal.ONE, "affiliates"),
        new GradedBallot(new int[] {2, 1, 3}, BigDecimal.ONE, "members"),
        new GradedBallot(new int[] {0, 0, 0}, BigDecimal.ONE, "supporters"),
        new GradedBallot(new int[] {0, 2, 0}, BigDecimal.ONE, "affiliates"));
    CountReport report = new MajorityJudgment().count(new GradedBallots(abc, 3, ballots), 1, CountRules.defaults());
    @SuppressWarnings("unchecked")
    var sections = (Map<String, Map<String, Object>>) report.details().get("sections");
    assertThat(List.copyOf(sections.keySet())).containsExactly("members", "supporters", "affiliates");
    assertThat(sections.get("members")).isEqualTo(section(3, 0, List.of(2, 1, 0), List.of(1, 2, 0), List.of(0, 0, 3)));
    assertThat(sections.get("supporters")).isEqualTo(section(1, 1, List.of(0, 0, 1), List.of(0, 0, 1), List.of(1, 0, 0)));
    assertThat(sections.get("affiliates")).isEqualTo(section(1, 0, List.of(1, 0, 0), List.of(1, 0, 0), List.of(1, 0, 0)));
    assertThat(report.details().get("valid")).isEqualTo(BigDecimal.valueOf(5));
    assertThat(report.details().get("blank")).isEqualTo(BigDecimal.ONE);
    @SuppressWarnings("unchecked")
    var overall = (Map<String, Map<String, Object>>) report.details().get("candidates");
    assertThat(overall.get("A").get("grades")).isEqualTo(numbers(3, 1, 1));
    assertThat(overall.get("B").get("grades")).isEqualTo(numbers(2, 2, 1));
    assertThat(overall.get("C").get("grades")).isEqualTo(numbers(2, 0, 3));
    assertThat(report.invalid()).hasSize(1);
  }

  @Test
  void ballotsWithoutSectionsGetNoSectionsInTheDetails() {
    var ballots = new GradedBallots(ABCD, 3, List.of(new GradedBallot(new int[] {1, 2, 3, 3}, BigDecimal.ONE, "")));
    assertThat(new MajorityJudgment().count(ballots, 1, CountRules.defaults()).details())
        .containsOnlyKeys("valid", "blank", "candidates", "ranking");
  }

  private static Map<String, Object> section(int valid, int blank, List<Integer> a, List<Integer> b, List<Integer> c) {
    Map<String, Object> candidates = new LinkedHashMap<>();
    candidates.put("A", Map.of("grades", numbers(a.stream().mapToInt(Integer::intValue).toArray())));
    candidates.put("B", Map.of("grades", numbers(b.stream().mapToInt(Integer::intValue).toArray())));
    candidates.put("C", Map.of("grades", numbers(c.stream().mapToInt(Integer::intValue).toArray())));
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("valid", BigDecimal.valueOf(valid));
    section.put("blank", BigDecimal.valueOf(blank));
    section.put("candidates", candidates);
    return section;
  }

  private static List<BigDecimal> numbers(int... counts) {
    return Arrays.stream(counts).mapToObj(BigDecimal::valueOf).toList();
  }

  @Test
  void aFractionalWeightIsRefusedWithTheFix() {
    var ballots = new GradedBallots(ABCD, 3, List.of(new GradedBallot(new int[] {1, 2, 3, 3}, new BigDecimal("1.5"), "")));
    assertThatThrownBy(() -> new MajorityJudgment().count(ballots, 1, CountRules.defaults()))
        .hasMessageContaining("weight 1.5").hasMessageContaining("whole number");
  }

  @Property(tries = 300)
  void theMedianSequenceIsBeleniosRepeatedLowerMedian(@ForAll("counts") long[] counts) {
    assertThat(MedianSequence.of(counts)).containsExactly(naiveMedianSequence(counts));
  }

  @Property(tries = 300)
  void ocamlHeapSortSorts(@ForAll long seed, @ForAll @IntRange(max = 30) int size) {
    Random random = new Random(seed);
    Integer[] a = new Integer[size];
    for (int i = 0; i < size; i++) {
      a[i] = random.nextInt(6);
    }
    Integer[] expected = a.clone();
    Arrays.sort(expected);
    OcamlHeapSort.sort(a, Integer::compare);
    assertThat(a).containsExactly(expected);
  }

  @Property(tries = 200)
  void ballotOrderNeverChangesTheResult(@ForAll long seed, @ForAll @IntRange(max = 30) int voters) {
    Random random = new Random(seed);
    List<GradedBallot> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      int[] g = new int[4];
      for (int c = 0; c < 4; c++) {
        g[c] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
      }
      ballots.add(new GradedBallot(g, BigDecimal.ONE, ""));
    }
    List<GradedBallot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, random);
    CountReport a = new MajorityJudgment().count(new GradedBallots(ABCD, 3, ballots), 2, CountRules.defaults());
    CountReport b = new MajorityJudgment().count(new GradedBallots(ABCD, 3, shuffled), 2, CountRules.defaults());
    assertThat(b.winners()).isEqualTo(a.winners());
    assertThat(b.details()).isEqualTo(a.details());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<long[]> counts() {
    return net.jqwik.api.Arbitraries.longs().between(0, 6).array(long[].class).ofMinSize(1).ofMaxSize(5);
  }

  /** Belenios' own way: sorted grades, take the lower median, close the gap, again. */
  private static int[] naiveMedianSequence(long[] counts) {
    List<Integer> sorted = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      for (long k = 0; k < counts[g]; k++) {
        sorted.add(g);
      }
    }
    int[] out = new int[sorted.size()];
    for (int i = 0; i < out.length; i++) {
      int median = (sorted.size() + 1) / 2 - 1;
      out[i] = sorted.remove(median);
    }
    return out;
  }
}
