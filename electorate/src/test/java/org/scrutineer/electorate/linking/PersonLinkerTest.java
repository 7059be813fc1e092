package org.scrutineer.electorate.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.electorate.Fixtures.CLPS;
import static org.scrutineer.electorate.Fixtures.affiliated;
import static org.scrutineer.electorate.Fixtures.member;
import static org.scrutineer.electorate.Fixtures.supporter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.Vetting;

class PersonLinkerTest {
  static LinkedRegister link(List<MembershipRecord> records, List<Exclusion> exclusions) {
    return PersonLinker.link(Register.of(CLPS, records, exclusions));
  }

  @Test
  void aMemberAndAUnionSupporterWithOneEmailAreOnePerson() {
    LinkedRegister linked = link(List.of(member("L1", "Ada Jones", "Ada@Example.org ", "1998-05-01"), affiliated("UNITE", "A1", "Ada Jones", "ada@example.org", "2016-08-01")), List.of());
    assertThat(linked.people()).singleElement().satisfies(person -> {
      assertThat(person.id()).isEqualTo("member:L1");
      assertThat(person.records()).extracting(MembershipRecord::key).containsExactly(RecordKey.member("L1"), RecordKey.affiliatedSupporter("UNITE", "A1"));
    });
    assertThat(linked.nearMatches()).isEmpty();
  }

  @Test
  void aStatedMembershipNumberLinksWhateverTheEmail() {
    AffiliatedSupporterRecord stated = new AffiliatedSupporterRecord("GMB", "G7", new Contact("A. Jones", "old@union.org", "N7 8AA", "ISL-N"), Optional.of("L1"), LocalDate.parse("2016-08-01"), Vetting.PASSED);
    LinkedRegister linked = link(List.of(member("L1", "Ada Jones", "ada@example.org", "1998-05-01"), stated), List.of());
    assertThat(linked.people()).hasSize(1);
  }

  @Test
  void twoMembersSharingAFamilyEmailStayTwoPeopleAndAreReported() {
    LinkedRegister linked = link(List.of(member("L1", "Ada Jones", "jones@example.org", "1998-05-01"), member("L2", "Ben Jones", "jones@example.org", "2001-05-01")), List.of());
    assertThat(linked.people()).extracting(Person::id).containsExactly("member:L1", "member:L2");
    assertThat(linked.nearMatches()).singleElement().satisfies(match -> {
      assertThat(match.first()).isEqualTo(RecordKey.member("L1"));
      assertThat(match.second()).isEqualTo(RecordKey.member("L2"));
      assertThat(match.why()).contains("same e-mail jones@example.org");
    });
  }

  @Test
  void sameNameAndPostcodeWithDifferentEmailsIsANearMatchNotALink() {
    LinkedRegister linked = link(List.of(member("L1", "Ada Jones", "ada@example.org", "1998-05-01"), supporter("RS9", "ADA  JONES", "ada.j@elsewhere.org", "2016-07-19T10:00:00Z")), List.of());
    assertThat(linked.people()).hasSize(2);
    assertThat(linked.nearMatches()).singleElement().satisfies(match -> assertThat(match.why()).startsWith("same name and postcode"));
  }

  @Test
  void anExclusionFollowsTheRecordToItsPerson() {
    Exclusion exclusion = new Exclusion(RecordKey.affiliatedSupporter("UNITE", "A1"), "intimidation", Instant.parse("2016-08-10T11:00:00Z"), "NEC panel");
    LinkedRegister linked = link(List.of(member("L1", "Ada Jones", "ada@example.org", "1998-05-01"), affiliated("UNITE", "A1", "Ada Jones", "ada@example.org", "2016-08-01")), List.of(exclusion));
    assertThat(linked.people().get(0).exclusions()).containsExactly(exclusion);
  }

  @Test
  void aPersonHoldsOneRecordPerAffiliate() {
    LinkedRegister linked =
        link(List.of(affiliated("UNITE", "A1", "Ada Jones", "ada@example.org", "2016-08-01"), affiliated("GMB", "G1", "Ada Jones", "ada@example.org", "2016-08-01"), affiliated("GMB", "G2", "Ada Jones", "ada@example.org", "2016-08-01")), List.of());
    assertThat(linked.people()).extracting(Person::id).containsExactly("affiliated_supporter:GMB:G1", "affiliated_supporter:GMB:G2");
    assertThat(linked.people().get(0).records()).hasSize(2);
  }
}
