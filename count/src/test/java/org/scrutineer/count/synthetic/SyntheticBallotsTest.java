package org.scrutineer.count.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticBallotsTest {
  @Test
  void sameSeedsGiveTheSameBallots() {
    assertThat(ballots(5, 7, 2_000)).isEqualTo(ballots(5, 7, 2_000));
    assertThat(ballots(5, 7, 2_000)).isNotEqualTo(ballots(5, 8, 2_000));
  }

  @Test
  void ballotsUseOnlyTheCandidatesAndEverySection() {
    var generator = SyntheticBallots.of(5, 1);
    var sections = new HashSet<String>();
    for (SyntheticBallots.Ballot ballot : ballots(5, 1, 5_000)) {
      sections.add(ballot.section());
      assertThat(ballot.ranks()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
      ballot.ranks().forEach(rank -> assertThat(generator.candidates()).containsAll(rank));
    }
    assertThat(sections).containsExactlyInAnyOrderElementsOf(SyntheticBallots.SECTIONS);
  }

  @Test
  void someBallotsSkipARankOrMarkTwoCandidatesAtOne() {
    int skipped = 0;
    int overvoted = 0;
    for (SyntheticBallots.Ballot ballot : ballots(5, 3, 20_000)) {
      skipped += ballot.ranks().stream().anyMatch(List::isEmpty) ? 1 : 0;
      overvoted += ballot.ranks().stream().anyMatch(rank -> rank.size() > 1) ? 1 : 0;
    }
    assertThat(skipped).isBetween(100, 1_000);
    assertThat(overvoted).isBetween(20, 300);
  }

  @Test
  void noCandidateHasEveryFirstPreference() {
    Map<String, Integer> first = new HashMap<>();
    for (SyntheticBallots.Ballot ballot : ballots(5, 2016, 10_000)) {
      ballot.ranks().stream().filter(rank -> rank.size() == 1).findFirst().ifPresent(rank -> first.merge(rank.get(0), 1, Integer::sum));
    }
    assertThat(first).hasSize(5);
    assertThat(first.values()).allSatisfy(votes -> assertThat(votes).isLessThan(5_000));
  }

  @Test
  void refusesImpossibleCandidateCounts() {
    assertThatThrownBy(() -> SyntheticBallots.of(1, 0)).hasMessageContaining("between 2 and 20");
    assertThatThrownBy(() -> SyntheticBallots.of(21, 0)).hasMessageContaining("between 2 and 20");
    assertThat(SyntheticBallots.of(SyntheticBallots.MAX_CANDIDATES, 0).candidates()).hasSize(20).doesNotHaveDuplicates();
  }

  private static List<SyntheticBallots.Ballot> ballots(int candidates, long seed, int count) {
    List<SyntheticBallots.Ballot> ballots = new ArrayList<>();
    SyntheticBallots.of(candidates, seed).generate(count, seed, ballots::add);
    return ballots;
  }
}
