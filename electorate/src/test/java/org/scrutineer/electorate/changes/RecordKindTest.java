package org.scrutineer.electorate.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

class RecordKindTest {
  @Test
  void everyKindReadsBackWhatItWrites() {
    assertThat(roundTrip(RecordKind.CLP, new Clp("E14000001", "Islington North", "London"))).isEqualTo(new Clp("E14000001", "Islington North", "London"));
    assertThat(roundTrip(RecordKind.MEMBER, Records.member("L001", "Jo"))).isEqualTo(Records.member("L001", "Jo"));
    assertThat(roundTrip(RecordKind.MEMBER, Records.suspended("L002"))).isEqualTo(Records.suspended("L002"));
    assertThat(roundTrip(RecordKind.REGISTERED_SUPPORTER, Records.supporter("RS1"))).isEqualTo(Records.supporter("RS1"));
    assertThat(roundTrip(RecordKind.AFFILIATED_SUPPORTER, Records.affiliated("UNITE", "A9"))).isEqualTo(Records.affiliated("UNITE", "A9"));
    assertThat(roundTrip(RecordKind.EXCLUSION, Records.exclusion("L001", "abuse"))).isEqualTo(Records.exclusion("L001", "abuse"));
  }

  @Test
  void valuesAreCanonicalTextInFieldOrder() {
    assertThat(RecordKind.MEMBER.values(Records.suspended("L002")))
        .containsExactly("L002", "Sam", "", "N1 1AA", "E14000001", "2010-01-01", "active", "2016-12-31", "2016-06-01", "", "under investigation");
    assertThat(RecordKind.REGISTERED_SUPPORTER.values(Records.supporter("RS1")))
        .containsExactly("RS1", "Ada", "ada@example.org", "SW1A 0AA", "E14000002", "L001", "2016-07-18T16:00:00Z", "2016-07-19T10:30:00.123Z", "2500", "passed");
    assertThat(RecordKind.MEMBER.fields()).hasSize(RecordKind.MEMBER.values(Records.member("L1", "A")).size());
  }

  @Test
  void keysAreTheRegisterKeysOfTheRecords() {
    MemberRecord member = Records.member("L001", "Jo");
    assertThat(RecordKind.MEMBER.key(member)).isEqualTo("member:L001").isEqualTo(RecordKind.MEMBER.keyOfValues(RecordKind.MEMBER.values(member)));
    assertThat(RecordKind.AFFILIATED_SUPPORTER.key(Records.affiliated("GMB", "7"))).isEqualTo("affiliated_supporter:GMB:7");
    assertThat(RecordKind.CLP.keyOfValues(List.of("E1", "n", "r"))).isEqualTo("clp:E1");
    assertThat(RecordKind.EXCLUSION.key(Records.exclusion("L001", "x"))).isEqualTo("exclusion:member:L001@2016-08-01T12:00:00Z/NEC panel");
  }

  @Test
  void valuesThatAreNotCanonicalAreRefusedNamingTheKind() {
    List<String> values = new java.util.ArrayList<>(RecordKind.MEMBER.values(Records.member("L001", "Jo")));
    values.set(5, "08/05/2015");
    assertThatThrownBy(() -> RecordKind.MEMBER.record(values)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a member in canonical form");
    assertThatThrownBy(() -> RecordKind.CLP.record(List.of("E1"))).hasMessageContaining("has 3 fields");
  }

  @Test
  void datesAreReadAsLocalDateReadsThemAndRefusedAsItRefusesThem() {
    assertThat(RecordKind.date("2016-01-12")).isEqualTo(LocalDate.of(2016, 1, 12));
    assertThat(RecordKind.date("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    for (String bad : List.of("2016-13-01", "2016-02-30", "2016-1-12", "2016/01/12", "+2016-01-1", "")) {
      assertThatThrownBy(() -> RecordKind.date(bad)).as(bad).isInstanceOf(java.time.DateTimeException.class);
    }
  }

  @Property
  void datesReadBackAsWritten(@ForAll("days") LocalDate day) {
    assertThat(RecordKind.date(day.toString())).isEqualTo(day);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 3_000_000).map(days -> LocalDate.of(1, 1, 1).plusDays(days));
  }

  @Property
  void membersRoundTrip(@ForAll("members") MemberRecord member) {
    assertThat(roundTrip(RecordKind.MEMBER, member)).isEqualTo(member);
  }

  @Property
  void registeredSupportersRoundTrip(@ForAll("supporters") RegisteredSupporterRecord supporter) {
    assertThat(roundTrip(RecordKind.REGISTERED_SUPPORTER, supporter)).isEqualTo(supporter);
  }

  @Provide
  Arbitrary<MemberRecord> members() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\'', 'é').ofMinLength(1).ofMaxLength(12);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(days -> LocalDate.of(1970, 1, 1).plusDays(days));
    Arbitrary<Optional<Suspension>> suspensions =
        Combinators.combine(dates, Arbitraries.integers().between(0, 400).optional(), text).as((from, days, why) -> new Suspension(from, days.map(from::plusDays), why)).optional(0.3);
    Arbitrary<Contact> contacts = Combinators.combine(text, text.injectNull(0.3), text, text).as((name, email, postcode, clp) -> new Contact(name, email == null ? "" : email, postcode, clp));
    return Combinators.combine(text, contacts, dates, Arbitraries.of(MemberStatus.class), dates, suspensions).as(MemberRecord::new);
  }

  @Provide
  Arbitrary<RegisteredSupporterRecord> supporters() {
    Arbitrary<String> text = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000_000L).map(Instant::ofEpochMilli);
    return Combinators.combine(text, text, text.optional(), instants, instants.optional(), Arbitraries.longs().between(0, 1_000_000), Arbitraries.of(Vetting.class))
        .as((reference, name, stated, applied, paid, pence, vetting) -> new RegisteredSupporterRecord(reference, new Contact(name, "", "P", "C"), stated, applied, paid, pence, vetting));
  }

  private static <R> R roundTrip(RecordKind<R> kind, R record) {
    return kind.record(kind.values(record));
  }
}
