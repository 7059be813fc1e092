package org.scrutineer.electorate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.csv.ExtractReader;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;

class SyntheticRegisterTest {
  @Test
  void sameSizeAndSeedGiveTheSameBytes() {
    assertThat(Files5.write(SyntheticRegister.generate(3_000, 42))).isEqualTo(Files5.write(SyntheticRegister.generate(3_000, 42)));
  }

  @Test
  void anotherSeedGivesAnotherRegister() {
    Map<String, String> one = Files5.write(SyntheticRegister.generate(3_000, 42));
    Map<String, String> other = Files5.write(SyntheticRegister.generate(3_000, 43));
    assertThat(other.get("clps.csv")).isEqualTo(one.get("clps.csv")); // geography is not drawn
    for (String file : new String[] {"members.csv", "registered_supporters.csv", "affiliated_supporters.csv", "exclusions.csv"}) {
      assertThat(other.get(file)).as(file).isNotEqualTo(one.get(file));
    }
  }

  @Test
  void everyFileReadsBackToTheGeneratedRecords() {
    SyntheticRegister register = SyntheticRegister.generate(20_000, 7);

    Parsed<Extract> read = ExtractReader.read(Files5.sources(Files5.write(register)), Set.of(), Set.of());

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(register.extract());
  }

  @Test
  void proportionsAreThoseOf2016AtAnySize() {
    Summary s = SyntheticRegister.generate(100_000, 2016).summary();
    double people = s.people();

    assertThat(s.members().records() / people).isCloseTo(540.0 / 750, within(0.01));
    assertThat((double) s.members().joinedAfterFreeze() / s.members().records()).isCloseTo(130.0 / 540, within(0.02));
    assertThat((double) s.members().joinedAfterFreezeByNecDecision() / s.members().joinedAfterFreeze()).isCloseTo(0.70, within(0.03));
    assertThat(s.registeredSupporters().applications() / people).isCloseTo(183.0 / 750, within(0.002));
    assertThat((double) s.registeredSupporters().paidFeeInWindow() / s.registeredSupporters().applications()).isCloseTo(0.90, within(0.02));
    assertThat((double) s.registeredSupporters().neverPaid() / s.registeredSupporters().applications()).isCloseTo(0.027, within(0.006));
    assertThat((double) s.registeredSupporters().failedVetting() / s.registeredSupporters().applications()).isCloseTo(0.11, within(0.01));
    assertThat(s.affiliatedSupporters().records() / people).isCloseTo(125.0 / 750, within(0.01));
    assertThat((double) s.affiliatedSupporters().registeredAfterCutoff() / s.affiliatedSupporters().records()).isCloseTo(0.04, within(0.01));
    assertThat(s.overlaps().membersAlsoRegistered()).isEqualTo(Shape.scale(35_000, 100_000) + Shape.scale(2_000, 100_000));
    assertThat(s.overlaps().membersAlsoAffiliated()).isEqualTo(Shape.scale(55_000, 100_000) + Shape.scale(2_000, 100_000));
    assertThat(s.members().suspended()).isBetween(30L, 85L); // about 400 in 750,000
    assertThat(s.exclusions()).isBetween(340L, 490L); // about 3,100 in 750,000
    assertThat(s.nearDuplicates().familyEmailPairs()).isEqualTo(333);
    assertThat(s.nearDuplicates().duplicateMembers()).isEqualTo(267);
    assertThat(s.clps()).isEqualTo(632);
    assertThat(s.regions()).isEqualTo(11);
  }

  @Test
  void summaryCountsWhatTheRecordsSay() {
    SyntheticRegister register = SyntheticRegister.generate(10_000, 3);
    Extract extract = register.extract();
    Summary s = register.summary();

    var members = extract.members().orElseThrow();
    assertThat(members).hasSize((int) s.members().records());
    assertThat(members.stream().filter(m -> m.joinedOn().isAfter(Contest2016.FREEZE_DATE)).count()).isEqualTo(s.members().joinedAfterFreeze());
    assertThat(members.stream().filter(m -> m.status() == MemberStatus.ACTIVE && m.paidUpTo().isBefore(Contest2016.REFERENCE_DATE)).count())
        .isEqualTo(s.members().inArrears());
    assertThat(members.stream().filter(m -> m.suspension().isPresent()).count()).isEqualTo(s.members().suspended());
    var supporters = extract.registeredSupporters().orElseThrow();
    assertThat(supporters).hasSize((int) s.registeredSupporters().applications());
    assertThat(supporters.stream()
            .filter(r -> r.amountPence() >= Contest2016.FEE_PENCE && r.paidAt().filter(at -> !at.isBefore(Contest2016.WINDOW_OPENS) && !at.isAfter(Contest2016.WINDOW_CLOSES)).isPresent())
            .count())
        .isEqualTo(s.registeredSupporters().paidFeeInWindow());
    assertThat(extract.affiliatedSupporters().orElseThrow()).hasSize((int) s.affiliatedSupporters().records());
    assertThat(extract.exclusions().orElseThrow()).hasSize((int) s.exclusions());
  }

  @Test
  void membershipNumbersRiseWithTheJoiningDate() {
    var members = SyntheticRegister.generate(5_000, 9).extract().members().orElseThrow();
    LocalDate previous = LocalDate.MIN;
    for (MemberRecord member : members) {
      assertThat(member.joinedOn()).as(member.number()).isAfterOrEqualTo(previous);
      previous = member.joinedOn();
    }
  }

  @Test
  void everyPersonIsSomewhereAndRecordsAreNeverMixedUp() {
    Extract extract = SyntheticRegister.generate(1, 5).extract();
    assertThat(extract.members().orElseThrow()).hasSize(1); // one person: a member, nothing else
    assertThat(extract.registeredSupporters().orElseThrow()).isEmpty();
  }

  @Test
  void sizeOutsideOneToTenMillionIsRefused() {
    assertThatThrownBy(() -> SyntheticRegister.generate(0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 10000000");
    assertThatThrownBy(() -> SyntheticRegister.generate(SyntheticRegister.MAX_PEOPLE + 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
