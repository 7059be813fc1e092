package org.scrutineer.contest.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.error.ResultRefused;
import org.scrutineer.electorate.register.Section;

class ResultTableTest {
  private static final List<String> CANDIDATES = List.of("Jeremy Corbyn", "Owen Smith");

  private static Map<String, Long> votes(long corbyn, long smith) {
    Map<String, Long> votes = new LinkedHashMap<>();
    votes.put("Jeremy Corbyn", corbyn);
    votes.put("Owen Smith", smith);
    return votes;
  }

  private static ContestResult computed(List<String> candidates, List<SectionCount> counts) {
    ResultTable.Outcome outcome = ResultTable.compute(candidates, counts);
    assertThat(outcome).isInstanceOf(ResultTable.Computed.class);
    return ((ResultTable.Computed) outcome).result();
  }

  private static List<String> refused(List<String> candidates, List<SectionCount> counts) {
    ResultTable.Outcome outcome = ResultTable.compute(candidates, counts);
    assertThat(outcome).isInstanceOf(ResultTable.Refused.class);
    return ((ResultTable.Refused) outcome).problems().stream().map(ResultRefused::message).toList();
  }

  private static List<BigDecimal> percents(ResultLine line) {
    return line.candidates().stream().map(c -> c.percent().orElseThrow()).toList();
  }

  /**
   * Labour's published 2016 leadership result, section by section: the votes give the published
   * percentages (members 59.0/41.0, registered supporters 69.9/30.1, affiliated supporters
   * 60.2/39.8, total 313,209 = 61.8% and 193,229 = 38.2%). The eligible numbers here are invented.
   */
  @Test
  void labours2016FiguresGiveThePublishedPercentages() {
    ContestResult result = computed(CANDIDATES, List.of(
        new SectionCount(Section.AFFILIATED_SUPPORTER, 150_000, 0, votes(60_075, 39_670), 0),
        new SectionCount(Section.MEMBER, 400_000, 0, votes(168_216, 116_960), 0),
        new SectionCount(Section.REGISTERED_SUPPORTER, 150_000, 0, votes(84_918, 36_599), 0)));
    assertThat(result.sections()).extracting(ResultLine::label)
        .containsExactly("member", "registered_supporter", "affiliated_supporter");
    assertThat(percents(result.sections().get(0))).containsExactly(new BigDecimal("59.0"), new BigDecimal("41.0"));
    assertThat(percents(result.sections().get(1))).containsExactly(new BigDecimal("69.9"), new BigDecimal("30.1"));
    assertThat(percents(result.sections().get(2))).containsExactly(new BigDecimal("60.2"), new BigDecimal("39.8"));
    ResultLine total = result.total();
    assertThat(total.label()).isEqualTo("total");
    assertThat(total.candidates()).extracting(CandidateVotes::votes).containsExactly(313_209L, 193_229L);
    assertThat(percents(total)).containsExactly(new BigDecimal("61.8"), new BigDecimal("38.2"));
    assertThat(total.valid()).isEqualTo(506_438);
  }

  @Test
  void turnoutCountsSpoiltBallotsAgainstTheVotersLeftAfterRemovals() {
    ContestResult result = computed(CANDIDATES, List.of(new SectionCount(Section.MEMBER, 1_000, 3, votes(400, 300), 20)));
    ResultLine member = result.sections().get(0);
    assertThat(member.eligible()).isEqualTo(997);
    assertThat(member.ballots()).isEqualTo(720);
    assertThat(member.valid()).isEqualTo(700);
    assertThat(member.turnout()).contains(new BigDecimal("72.2")); // 720 / 997 = 72.217…%
    assertThat(percents(member)).containsExactly(new BigDecimal("57.1"), new BigDecimal("42.9")); // of 700, spoilt apart
    assertThat(result.total()).usingRecursiveComparison().ignoringFields("label").isEqualTo(member);
  }

  @Test
  void aSectionWithoutValidVotesHasNoPercentages() {
    ResultLine line = computed(CANDIDATES, List.of(new SectionCount(Section.MEMBER, 0, 0, votes(0, 0), 0))).sections().get(0);
    assertThat(line.turnout()).isEmpty();
    assertThat(line.candidates()).extracting(CandidateVotes::percent).containsOnly(Optional.empty());
  }

  @Test
  void moreBallotsThanEligibleVotersIsRefused() {
    assertThat(refused(CANDIDATES, List.of(new SectionCount(Section.REGISTERED_SUPPORTER, 100, 2, votes(60, 39), 0))))
        .containsExactly("result, registered_supporter: 99 ballots counted, but only 98 voters eligible (100 issued, 2 removed)");
    assertThat(refused(CANDIDATES, List.of(new SectionCount(Section.MEMBER, 1, 2, votes(0, 0), 0))))
        .containsExactly("result, member: 2 votes removed, but only 1 credentials issued");
  }

  @Test
  void everyCandidateIsGivenInEverySectionAndNoOneElse() {
    Map<String, Long> wrong = new LinkedHashMap<>();
    wrong.put("Jeremy Corbyn", 5L);
    wrong.put("Angela Eagle", 1L);
    assertThat(refused(CANDIDATES, List.of(new SectionCount(Section.MEMBER, 10, 0, wrong, 0),
            new SectionCount(Section.MEMBER, 10, 0, votes(1, 1), 0))))
        .containsExactly(
            "result, member: has votes for Angela Eagle, who is not a candidate",
            "result, member: gives no figure for candidate Owen Smith",
            "result, member: is given twice");
  }
}
