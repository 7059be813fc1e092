package org.scrutineer.nominations.parliamentary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.nominations.Fixtures.CLOSE;
import static org.scrutineer.nominations.Fixtures.contest2016;
import static org.scrutineer.nominations.Fixtures.register;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-nomination rule on random nominations and withdrawals around the close: by a few
 * nominators (some not on the register), for candidates declared, withdrawn or not, in offsets
 * that make equal instants look different.
 */
class OneNominationRulePropertiesTest {
  private static final NominatorRegister REGISTER = register(6, 2);
  private static final Set<NominatorKind> BOTH = Set.of(NominatorKind.MP, NominatorKind.MEP);
  private static final List<String> IDS = List.of("mp-1", "mp-2", "mp-3", "mp-4", "mp-5", "mp-6", "mep-1", "mep-2", "mp-99");
  private static final List<String> CANDIDATES = List.of("Jeremy Corbyn", "Owen Smith", "Angela Eagle", "Nobody");

  @Provide
  Arbitrary<OffsetDateTime> moments() {
    // whole hours in a window around the close (so that equal moments happen), in one of three offsets
    return Combinators.combine(Arbitraries.integers().between(-60, 10), Arbitraries.of(0, 1, 2))
        .as((hours, offset) -> CLOSE.plusHours(hours).withOffsetSameInstant(ZoneOffset.ofHours(offset)));
  }

  @Provide
  Arbitrary<List<Nomination>> nominations() {
    return Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(CANDIDATES), moments(), Arbitraries.integers().between(1, 3))
        .as((id, candidate, at, line) -> new Nomination(id, candidate, at, "n.csv:" + line))
        .list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Withdrawal>> withdrawals() {
    return Combinators.combine(Arbitraries.of(IDS), moments()).as((id, at) -> new Withdrawal(id, at, "")).list().ofMaxSize(8);
  }

  private static ParliamentaryDecisions decide(List<Nomination> nominations, List<Withdrawal> withdrawals) {
    return OneNominationRule.decide(REGISTER, nominations, withdrawals, contest2016(), BOTH);
  }

  @Property
  void atMostOneNominationCountsPerNominator(
      @ForAll("nominations") List<Nomination> nominations, @ForAll("withdrawals") List<Withdrawal> withdrawals) {
    Map<String, Long> counted = decide(nominations, withdrawals).nominations().stream()
        .filter(NominationDecision::counted)
        .collect(Collectors.groupingBy(d -> d.nomination().nominatorId(), Collectors.counting()));
    assertThat(counted.values()).allMatch(n -> n == 1);
  }

  @Property
  void everyNominationAndWithdrawalGetsExactlyOneDecision(
      @ForAll("nominations") List<Nomination> nominations, @ForAll("withdrawals") List<Withdrawal> withdrawals) {
    ParliamentaryDecisions decisions = decide(nominations, withdrawals);
    assertThat(decisions.nominations()).extracting(NominationDecision::nomination).containsExactlyInAnyOrderElementsOf(nominations);
    assertThat(decisions.withdrawals()).extracting(WithdrawalDecision::withdrawal).containsExactlyInAnyOrderElementsOf(withdrawals);
    assertThat(decisions.nominations()).allMatch(d -> !d.explanation().isBlank());
  }

  @Property
  void decisionsDoNotDependOnTheOrderOfTheInput(
      @ForAll("nominations") List<Nomination> nominations, @ForAll("withdrawals") List<Withdrawal> withdrawals, @ForAll long seed) {
    List<Nomination> shuffledNominations = new ArrayList<>(nominations);
    List<Withdrawal> shuffledWithdrawals = new ArrayList<>(withdrawals);
    Collections.shuffle(shuffledNominations, new Random(seed));
    Collections.shuffle(shuffledWithdrawals, new Random(seed + 1));
    assertThat(decide(shuffledNominations, shuffledWithdrawals)).isEqualTo(decide(nominations, withdrawals));
  }

  @Property
  void whatCountsIsTheLatestValidNominationAfterTheLastInTimeWithdrawal(
      @ForAll("nominations") List<Nomination> nominations, @ForAll("withdrawals") List<Withdrawal> withdrawals) {
    for (NominationDecision decision : decide(nominations, withdrawals).nominations()) {
      if (!decision.counted()) {
        continue;
      }
      Nomination counted = decision.nomination();
      assertThat(counted.at()).isBeforeOrEqualTo(CLOSE);
      assertThat(List.of("Jeremy Corbyn", "Owen Smith")).contains(counted.candidate());
      assertThat(REGISTER.find(counted.nominatorId())).isPresent();
      // no withdrawal by the nominator at or after it, in time
      assertThat(withdrawals).noneMatch(w -> w.nominatorId().equals(counted.nominatorId())
          && !w.at().isBefore(counted.at()) && !w.at().isAfter(CLOSE));
      // no later (or simultaneous, different) valid nomination by the nominator
      assertThat(nominations).noneMatch(other -> other.nominatorId().equals(counted.nominatorId())
          && List.of("Jeremy Corbyn", "Owen Smith").contains(other.candidate())
          && !other.at().isAfter(CLOSE)
          && (other.at().isAfter(counted.at()) || (other.at().isEqual(counted.at()) && !other.candidate().equals(counted.candidate()))));
    }
  }

  @Property
  void nominationsAfterTheCloseChangeNothing(
      @ForAll("nominations") List<Nomination> nominations, @ForAll("withdrawals") List<Withdrawal> withdrawals) {
    List<Nomination> inTime = nominations.stream().filter(n -> !n.at().isAfter(CLOSE)).toList();
    List<Withdrawal> withdrawalsInTime = withdrawals.stream().filter(w -> !w.at().isAfter(CLOSE)).toList();
    ParliamentaryDecisions all = decide(nominations, withdrawals);
    ParliamentaryDecisions onlyInTime = decide(inTime, withdrawalsInTime);
    assertThat(all.nominations().stream().filter(NominationDecision::counted).toList())
        .isEqualTo(onlyInTime.nominations().stream().filter(NominationDecision::counted).toList());
  }
}
