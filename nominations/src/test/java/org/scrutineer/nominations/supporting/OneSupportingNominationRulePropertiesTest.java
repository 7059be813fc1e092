package org.scrutineer.nominations.supporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.nominations.Fixtures.contest2016;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OneSupportingNominationRulePropertiesTest {
  private static final List<String> CANDIDATES = List.of("Jeremy Corbyn", "Owen Smith", "Angela Eagle", "Nobody");

  @Provide
  Arbitrary<List<ClpNomination>> clps() {
    return Combinators.combine(
            Arbitraries.of("CLP-1", "CLP-2", "CLP-3", "CLP-4"),
            Arbitraries.of(CANDIDATES),
            Arbitraries.integers().between(0, 30).map(days -> LocalDate.parse("2016-07-20").plusDays(days)),
            Arbitraries.of("", "clp.csv:2", "clp.csv:3"))
        .as(ClpNomination::new)
        .list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<AffiliateNomination>> affiliates() {
    return Combinators.combine(
            Arbitraries.of("Union A", "Union B", "Society A"),
            Arbitraries.of(AffiliateKind.class),
            Arbitraries.of(100L, 2000L),
            Arbitraries.of(CANDIDATES),
            Arbitraries.of("", "a.csv:2"))
        .as(AffiliateNomination::new)
        .list().ofMaxSize(12);
  }

  @Property
  void atMostOneCountsPerClpAndPerAffiliate(@ForAll("clps") List<ClpNomination> clps, @ForAll("affiliates") List<AffiliateNomination> affiliates) {
    SupportingDecisions decisions = OneSupportingNominationRule.decide(clps, affiliates, contest2016());
    Map<String, Long> perClp = decisions.clps().stream().filter(ClpDecision::counted)
        .collect(Collectors.groupingBy(d -> d.nomination().clp(), Collectors.counting()));
    Map<String, Long> perAffiliate = decisions.affiliates().stream().filter(AffiliateDecision::counted)
        .collect(Collectors.groupingBy(d -> d.nomination().affiliate(), Collectors.counting()));
    assertThat(perClp.values()).allMatch(n -> n == 1);
    assertThat(perAffiliate.values()).allMatch(n -> n == 1);
    assertThat(decisions.clps()).extracting(ClpDecision::nomination).containsExactlyInAnyOrderElementsOf(clps);
    assertThat(decisions.affiliates()).extracting(AffiliateDecision::nomination).containsExactlyInAnyOrderElementsOf(affiliates);
  }

  @Property
  void decisionsDoNotDependOnTheOrderOfTheInput(
      @ForAll("clps") List<ClpNomination> clps, @ForAll("affiliates") List<AffiliateNomination> affiliates, @ForAll long seed) {
    List<ClpNomination> shuffledClps = new ArrayList<>(clps);
    List<AffiliateNomination> shuffledAffiliates = new ArrayList<>(affiliates);
    Collections.shuffle(shuffledClps, new Random(seed));
    Collections.shuffle(shuffledAffiliates, new Random(seed + 1));
    assertThat(OneSupportingNominationRule.decide(shuffledClps, shuffledAffiliates, contest2016()))
        .isEqualTo(OneSupportingNominationRule.decide(clps, affiliates, contest2016()));
  }

  @Property
  void aCountedClpNominationIsFromItsEarliestValidMeeting(@ForAll("clps") List<ClpNomination> clps) {
    for (ClpDecision decision : OneSupportingNominationRule.decide(clps, List.of(), contest2016()).clps()) {
      if (decision.counted()) {
        ClpNomination counted = decision.nomination();
        assertThat(counted.meetingOn()).isBeforeOrEqualTo(LocalDate.parse("2016-08-15"));
        assertThat(clps).noneMatch(other -> other.clp().equals(counted.clp())
            && List.of("Jeremy Corbyn", "Owen Smith").contains(other.candidate())
            && other.meetingOn().isBefore(counted.meetingOn()));
      }
    }
  }
}
