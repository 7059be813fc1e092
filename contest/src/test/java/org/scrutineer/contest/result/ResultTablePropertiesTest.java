package org.scrutineer.contest.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.scrutineer.electorate.register.Section;

/**
 * On random counts in random sections: the total is the sum of the sections, figure by figure; every
 * percentage is within half a unit of the last place of the exact share; the percentages of a line are
 * never further from 100 than rounding allows.
 */
class ResultTablePropertiesTest {
  @Property(tries = 500)
  void theTotalAddsUpTheSectionsAndPercentagesAreTheExactSharesRounded(@ForAll Random random) {
    int candidateCount = 1 + random.nextInt(5);
    List<String> candidates = new ArrayList<>();
    for (int c = 0; c < candidateCount; c++) {
      candidates.add("Candidate " + (char) ('A' + c));
    }
    List<SectionCount> counts = new ArrayList<>();
    for (Section section : Section.values()) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      long issued = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(1_000_000);
      long removed = issued == 0 ? 0 : random.nextInt((int) Math.min(issued, 50) + 1);
      long left = (long) ((issued - removed) * random.nextDouble());
      Map<String, Long> votes = new LinkedHashMap<>();
      for (String candidate : candidates) {
        long v = (long) (left * random.nextDouble());
        votes.put(candidate, v);
        left -= v;
      }
      counts.add(new SectionCount(section, issued, removed, votes, random.nextBoolean() ? left : 0));
    }
    ResultTable.Outcome outcome = ResultTable.compute(candidates, counts);
    assertThat(outcome).isInstanceOf(ResultTable.Computed.class);
    ContestResult result = ((ResultTable.Computed) outcome).result();

    assertThat(result.sections()).hasSize(counts.size());
    ResultLine total = result.total();
    assertThat(total.issued()).isEqualTo(result.sections().stream().mapToLong(ResultLine::issued).sum());
    assertThat(total.removed()).isEqualTo(result.sections().stream().mapToLong(ResultLine::removed).sum());
    assertThat(total.ballots()).isEqualTo(result.sections().stream().mapToLong(ResultLine::ballots).sum());
    assertThat(total.spoilt()).isEqualTo(result.sections().stream().mapToLong(ResultLine::spoilt).sum());
    for (int c = 0; c < candidateCount; c++) {
      int i = c;
      assertThat(total.candidates().get(c).votes())
          .isEqualTo(result.sections().stream().mapToLong(line -> line.candidates().get(i).votes()).sum());
    }
    List<ResultLine> lines = new ArrayList<>(result.sections());
    lines.add(total);
    BigDecimal halfUnit = new BigDecimal("0.05");
    for (ResultLine line : lines) {
      assertThat(line.ballots()).isLessThanOrEqualTo(line.eligible());
      line.turnout().ifPresent(turnout -> assertThat(turnout).isBetween(BigDecimal.ZERO, new BigDecimal("100.0")));
      BigDecimal sum = BigDecimal.ZERO;
      for (CandidateVotes candidate : line.candidates()) {
        if (line.valid() == 0) {
          assertThat(candidate.percent()).isEmpty();
          continue;
        }
        BigDecimal exact = BigDecimal.valueOf(candidate.votes() * 100).divide(BigDecimal.valueOf(line.valid()), 20, java.math.RoundingMode.HALF_EVEN);
        BigDecimal shown = candidate.percent().orElseThrow();
        assertThat(shown.scale()).isEqualTo(1);
        assertThat(shown.subtract(exact).abs()).as("%s in %s", candidate, line.label()).isLessThanOrEqualTo(halfUnit);
        sum = sum.add(shown);
      }
      if (line.valid() > 0) {
        assertThat(sum.subtract(new BigDecimal("100")).abs())
            .isLessThanOrEqualTo(halfUnit.multiply(BigDecimal.valueOf(candidateCount)));
      }
    }
  }
}
