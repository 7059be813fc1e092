package org.scrutineer.count.method.schulze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;

class SchulzeTest {
  private static final Candidates ABCD = Candidates.of(List.of("A", "B", "C", "D"));

  @Test
  void aCondorcetCycleIsBrokenByTheStrongestBeatpaths() {
    // Wikipedia's "Schulze method" example: 45 voters, 5 candidates, E wins; ranking E > A > C > B > D
    Candidates c = Candidates.of(List.of("A", "B", "C", "D", "E"));
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 5, 0, 2, 1, 4, 3);
    add(ballots, 5, 0, 3, 4, 2, 1);
    add(ballots, 8, 1, 4, 3, 0, 2);
    add(ballots, 3, 2, 0, 1, 4, 3);
    add(ballots, 7, 2, 0, 4, 1, 3);
    add(ballots, 2, 2, 1, 0, 3, 4);
    add(ballots, 7, 3, 2, 4, 1, 0);
    add(ballots, 8, 4, 1, 0, 3, 2);
    CountReport report = new Schulze().count(new RankedBallots(c, ballots), 1, CountRules.defaults());
    assertThat(report.winners()).containsExactly("E");
    assertThat(report.details().get("ranking")).isEqualTo(List.of(List.of("E"), List.of("A"), List.of("C"), List.of("B"), List.of("D")));
  }

  @Test
  void equalRankingsCountForNeitherSideAndBlankBallotsAreCountedApart() {
    List<RankedBallot> ballots = List.of(
        RankedBallot.of(new int[] {0, 1}, new int[] {2}),
        RankedBallot.of(new int[] {1}, new int[] {0}),
        RankedBallot.of());
    CountReport report = new Schulze().count(new RankedBallots(Candidates.of(List.of("A", "B", "C")), ballots), 1, CountRules.defaults());
    @SuppressWarnings("unchecked")
    var pairwise = (java.util.Map<String, java.util.Map<String, BigDecimal>>) report.details().get("pairwise");
    assertThat(pairwise.get("A").get("B")).isEqualByComparingTo("0");
    assertThat(pairwise.get("B").get("A")).isEqualByComparingTo("1");
    assertThat(pairwise.get("A").get("C")).isEqualByComparingTo("2");
    assertThat(report.details().get("blank")).isEqualTo(BigDecimal.ONE);
    assertThat(report.details().get("valid")).isEqualTo(BigDecimal.valueOf(2));
    assertThat(report.winners()).containsExactly("B");
  }

  /**
   * Members: 2 × A > B > C, 1 × B > A (C unranked). Supporters: C > A > B, A = B > C, and a blank
   * ballot. Each section's matrix counts its own ballots only, and the two add up to the overall one.
   */
  @Test
  void eachSectionGetsItsOwnPairwiseMatrixAndTheyAddUpToTheWhole() {
    List<RankedBallot> ballots = List.of(
        new RankedBallot(new int[][] {{0}, {1}, {2}}, BigDecimal.valueOf(2), "members"),
        new RankedBallot(new int[][] {{2}, {0}, {1}}, BigDecimal.ONE, "supporters"),
        new RankedBallot(new int[][] {{1}, {0}}, BigDecimal.ONE, "members"),
        new RankedBallot(new int[][] {}, BigDecimal.ONE, "supporters"),
        new RankedBallot(new int[][] {{0, 1}, {2}}, BigDecimal.ONE, "supporters"));
    CountReport report = new Schulze().count(new RankedBallots(Candidates.of(List.of("A", "B", "C")), ballots), 1, CountRules.defaults());
    @SuppressWarnings("unchecked")
    var sections = (Map<String, Map<String, Object>>) report.details().get("sections");
    assertThat(sections).containsOnlyKeys("members", "supporters");
    assertThat(List.copyOf(sections.keySet())).containsExactly("members", "supporters");
    assertThat(sections.get("members").get("valid")).isEqualTo(BigDecimal.valueOf(3));
    assertThat(sections.get("members").get("blank")).isEqualTo(BigDecimal.ZERO);
    assertThat(sections.get("members").get("pairwise")).isEqualTo(Map.of(
        "A", Map.of("B", BigDecimal.valueOf(2), "C", BigDecimal.valueOf(3)),
        "B", Map.of("A", BigDecimal.ONE, "C", BigDecimal.valueOf(3)),
        "C", Map.of("A", BigDecimal.ZERO, "B", BigDecimal.ZERO)));
    assertThat(sections.get("supporters").get("valid")).isEqualTo(BigDecimal.valueOf(2));
    assertThat(sections.get("supporters").get("blank")).isEqualTo(BigDecimal.ONE);
    assertThat(sections.get("supporters").get("pairwise")).isEqualTo(Map.of(
        "A", Map.of("B", BigDecimal.ONE, "C", BigDecimal.ONE),
        "B", Map.of("A", BigDecimal.ZERO, "C", BigDecimal.ONE),
        "C", Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE)));
    assertThat(report.details().get("pairwise")).isEqualTo(Map.of(
        "A", Map.of("B", BigDecimal.valueOf(3), "C", BigDecimal.valueOf(4)),
        "B", Map.of("A", BigDecimal.ONE, "C", BigDecimal.valueOf(4)),
        "C", Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE)));
    assertThat(report.details().get("valid")).isEqualTo(BigDecimal.valueOf(5));
    assertThat(report.details().get("blank")).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void ballotsWithoutSectionsGetNoSectionsInTheDetails() {
    List<RankedBallot> ballots = List.of(RankedBallot.of(new int[] {0}, new int[] {1}));
    CountReport report = new Schulze().count(new RankedBallots(Candidates.of(List.of("A", "B")), ballots), 1, CountRules.defaults());
    assertThat(report.details()).containsOnlyKeys("valid", "blank", "pairwise", "beatpaths", "ranking");
  }

  @Property(tries = 300)
  void aCondorcetWinnerWinsAlone(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int voters) {
    List<RankedBallot> ballots = randomBallots(new Random(seed), voters);
    int winner = condorcetWinner(ballots);
    Assume.that(winner >= 0);
    CountReport report = new Schulze().count(new RankedBallots(ABCD, ballots), 1, CountRules.defaults());
    assertThat(report.winners()).containsExactly(ABCD.name(winner));
    assertThat(((List<?>) report.details().get("ranking")).get(0)).isEqualTo(List.of(ABCD.name(winner)));
  }

  @Property(tries = 200)
  void ballotOrderNeverChangesTheResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int voters) {
    Random random = new Random(seed);
    List<RankedBallot> ballots = randomBallots(random, voters);
    List<RankedBallot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, random);
    CountReport a = new Schulze().count(new RankedBallots(ABCD, ballots), 2, CountRules.defaults());
    CountReport b = new Schulze().count(new RankedBallots(ABCD, shuffled), 2, CountRules.defaults());
    assertThat(b.winners()).isEqualTo(a.winners());
    assertThat(b.details()).isEqualTo(a.details());
  }

  /** The candidate more voters rank above each other candidate than below, computed directly; -1 if none. */
  private static int condorcetWinner(List<RankedBallot> ballots) {
    for (int x = 0; x < 4; x++) {
      boolean beatsAll = true;
      for (int y = 0; y < 4 && beatsAll; y++) {
        if (x != y) {
          int over = 0;
          int under = 0;
          for (RankedBallot b : ballots) {
            int rx = rank(b, x);
            int ry = rank(b, y);
            over += rx < ry ? 1 : 0;
            under += ry < rx ? 1 : 0;
          }
          beatsAll = over > under;
        }
      }
      if (beatsAll) {
        return x;
      }
    }
    return -1;
  }

  private static int rank(RankedBallot ballot, int candidate) {
    for (int r = 0; r < ballot.rankCount(); r++) {
      for (int c : ballot.at(r)) {
        if (c == candidate) {
          return r;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Rankings of A–D with equal ranks and unranked candidates. */
  private static List<RankedBallot> randomBallots(Random random, int voters) {
    List<RankedBallot> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      int ranks = 1 + random.nextInt(4);
      List<List<Integer>> at = new ArrayList<>();
      for (int r = 0; r < ranks; r++) {
        at.add(new ArrayList<>());
      }
      for (int c = 0; c < 4; c++) {
        int r = random.nextInt(ranks + 1);
        if (r < ranks) {
          at.get(r).add(c);
        }
      }
      int[][] marks = at.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
      ballots.add(RankedBallot.of(marks));
    }
    return ballots;
  }

  private static void add(List<RankedBallot> ballots, int count, int... order) {
    int[][] ranks = new int[order.length][];
    for (int r = 0; r < order.length; r++) {
      ranks[r] = new int[] {order[r]};
    }
    ballots.add(new RankedBallot(ranks, BigDecimal.valueOf(count), ""));
  }
}
