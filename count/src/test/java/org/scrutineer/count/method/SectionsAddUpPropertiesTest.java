package org.scrutineer.count.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallot;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.belenios.BeleniosStv;
import org.scrutineer.count.method.mj.MajorityJudgment;
import org.scrutineer.count.method.schulze.Schulze;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.Rounding;

/**
 * For the methods whose section breakdown is not {@code TallySheet}'s (Belenios STV, Schulze,
 * majority judgment): on random ballots in two or three sections, the sections add up to the whole,
 * figure by figure, and labelling ballots with sections changes nothing else.
 */
class SectionsAddUpPropertiesTest {
  private static final int TRIES = 300;
  private static final List<String> SECTIONS = List.of("members", "supporters", "affiliates");

  @Property(tries = TRIES)
  void beleniosStvSectionsAddUpToEveryRoundAsShown(@ForAll Random random) {
    RankedBallots ballots = rankedBallots(random);
    int seats = 1 + random.nextInt(ballots.candidates().size());
    // few places make the rounding of each section's share matter most
    CountRules rules = CountRules.defaults().withDecimalPlaces(random.nextInt(5))
        .withRounding(random.nextBoolean() ? Rounding.TRUNCATE : Rounding.ROUND);
    CountReport report = new BeleniosStv().count(ballots, seats, rules);
    assertThat(report.sections().keySet()).containsExactlyElementsOf(ballots.sections());
    for (Round round : report.rounds()) {
      int i = round.round() - 1;
      List<SectionRound> sections = report.sections().values().stream().map(list -> list.get(i)).toList();
      for (SectionRound section : sections) {
        assertThat(section.tally().keySet()).containsExactlyElementsOf(round.tally().keySet());
      }
      round.tally().forEach((name, votes) -> assertThat(sum(sections.stream().map(s -> s.tally().get(name)).toList()))
          .as("round %d, %s", round.round(), name).isEqualByComparingTo(votes));
      assertThat(sum(sections.stream().map(SectionRound::exhausted).toList())).as("round %d, exhausted", round.round())
          .isEqualByComparingTo(round.exhausted());
    }
    CountReport unsectioned = new BeleniosStv().count(withoutSections(ballots), seats, rules);
    assertThat(report.rounds()).isEqualTo(unsectioned.rounds());
    assertThat(report.winners()).isEqualTo(unsectioned.winners());
  }

  @Property(tries = TRIES)
  void schulzeSectionsAddUpToTheWholePairwiseMatrix(@ForAll Random random) {
    RankedBallots ballots = rankedBallots(random);
    CountReport report = new Schulze().count(ballots, 1, CountRules.defaults());
    Map<String, Map<String, Object>> sections = sections(report);
    assertThat(sections.keySet()).containsExactlyElementsOf(ballots.sections());
    assertThat(sumOf(sections.values(), "valid")).isEqualByComparingTo((BigDecimal) report.details().get("valid"));
    assertThat(sumOf(sections.values(), "blank")).isEqualByComparingTo((BigDecimal) report.details().get("blank"));
    Map<?, ?> whole = (Map<?, ?>) report.details().get("pairwise");
    whole.forEach((row, columns) -> ((Map<?, ?>) columns).forEach((column, count) -> assertThat(
        sum(sections.values().stream().map(s -> (BigDecimal) ((Map<?, ?>) ((Map<?, ?>) s.get("pairwise")).get(row)).get(column)).toList()))
        .as("%s over %s", row, column).isEqualByComparingTo((BigDecimal) count)));
    Map<String, Object> unsectioned = new Schulze().count(withoutSections(ballots), 1, CountRules.defaults()).details();
    assertThat(withoutKey(report.details(), "sections")).isEqualTo(unsectioned);
  }

  @Property(tries = TRIES)
  void majorityJudgmentSectionsAddUpToTheWholeGradeCounts(@ForAll Random random) {
    GradedBallots ballots = gradedBallots(random);
    CountReport report = new MajorityJudgment().count(ballots, 1, CountRules.defaults());
    Map<String, Map<String, Object>> sections = sections(report);
    List<String> expected = ballots.ballots().stream().map(GradedBallot::section).filter(s -> !s.isEmpty()).distinct().toList();
    assertThat(sections.keySet()).containsExactlyElementsOf(expected);
    assertThat(sumOf(sections.values(), "valid")).isEqualByComparingTo((BigDecimal) report.details().get("valid"));
    assertThat(sumOf(sections.values(), "blank")).isEqualByComparingTo((BigDecimal) report.details().get("blank"));
    Map<?, ?> whole = (Map<?, ?>) report.details().get("candidates");
    whole.forEach((name, value) -> {
      List<?> grades = (List<?>) ((Map<?, ?>) value).get("grades");
      for (int g = 0; g < grades.size(); g++) {
        int grade = g;
        BigDecimal across = sum(sections.values().stream()
            .map(s -> (BigDecimal) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) s.get("candidates")).get(name)).get("grades")).get(grade))
            .toList());
        assertThat(across).as("%s, grade %d", name, grade + 1).isEqualByComparingTo((BigDecimal) grades.get(grade));
      }
    });
    List<GradedBallot> plain = ballots.ballots().stream().map(b -> new GradedBallot(b.grades(), b.weight(), "")).toList();
    CountReport unsectioned = new MajorityJudgment().count(new GradedBallots(ballots.candidates(), ballots.grades(), plain), 1,
        CountRules.defaults());
    assertThat(withoutKey(report.details(), "sections")).isEqualTo(unsectioned.details());
    assertThat(report.invalid()).hasSameSizeAs(unsectioned.invalid());
  }

  /**
   * 2–5 candidates, up to 40 ballots in two or three sections, weights 1–3 or a half; mostly
   * strict rankings (Belenios STV counts those), some with equal ranks or gaps (invalid for
   * Belenios STV, equal rankings for Schulze), some ranking nobody (blank for Schulze).
   */
  private static RankedBallots rankedBallots(Random random) {
    int n = 2 + random.nextInt(4);
    List<String> sections = SECTIONS.subList(0, 2 + random.nextInt(2));
    List<RankedBallot> ballots = new ArrayList<>();
    int count = random.nextInt(41);
    for (int b = 0; b < count; b++) {
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        order.add(c);
      }
      java.util.Collections.shuffle(order, random);
      int ranked = random.nextInt(n + 1);
      List<int[]> ranks = new ArrayList<>();
      for (int r = 0; r < ranked; r++) {
        int kind = random.nextInt(12);
        if (kind == 0) {
          ranks.add(new int[0]);
        } else if (kind == 1 && r + 1 < ranked) {
          ranks.add(new int[] {order.get(r), order.get(++r)});
        } else {
          ranks.add(new int[] {order.get(r)});
        }
      }
      ballots.add(new RankedBallot(ranks.toArray(int[][]::new), weight(random), sections.get(random.nextInt(sections.size()))));
    }
    return new RankedBallots(names(n), ballots);
  }

  /** 2–5 candidates graded 1–G (G from 1 to 4), up to 40 ballots in two or three sections, some blank or partly graded. */
  private static GradedBallots gradedBallots(Random random) {
    int n = 2 + random.nextInt(4);
    int grades = 1 + random.nextInt(4);
    List<String> sections = SECTIONS.subList(0, 2 + random.nextInt(2));
    List<GradedBallot> ballots = new ArrayList<>();
    int count = random.nextInt(41);
    for (int b = 0; b < count; b++) {
      int[] marks = new int[n];
      int kind = random.nextInt(10);
      for (int c = 0; c < n; c++) {
        marks[c] = kind == 0 ? 0 : kind == 1 ? random.nextInt(grades + 1) : 1 + random.nextInt(grades);
      }
      ballots.add(new GradedBallot(marks, BigDecimal.valueOf(1 + random.nextInt(3)), sections.get(random.nextInt(sections.size()))));
    }
    return new GradedBallots(names(n), grades, ballots);
  }

  private static BigDecimal weight(Random random) {
    return random.nextInt(6) == 0 ? new BigDecimal("0.5") : BigDecimal.valueOf(1 + random.nextInt(3));
  }

  private static Candidates names(int n) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      names.add(String.valueOf((char) ('A' + c)));
    }
    return Candidates.of(names);
  }

  private static RankedBallots withoutSections(RankedBallots ballots) {
    return new RankedBallots(ballots.candidates(),
        ballots.ballots().stream().map(b -> new RankedBallot(b.ranks(), b.weight(), "")).toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> sections(CountReport report) {
    return (Map<String, Map<String, Object>>) report.details().getOrDefault("sections", Map.of());
  }

  private static Map<String, Object> withoutKey(Map<String, Object> details, String key) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(details);
    copy.remove(key);
    return copy;
  }

  private static BigDecimal sumOf(Collection<Map<String, Object>> sections, String key) {
    return sum(sections.stream().map(s -> (BigDecimal) s.get(key)).toList());
  }

  private static BigDecimal sum(Collection<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
