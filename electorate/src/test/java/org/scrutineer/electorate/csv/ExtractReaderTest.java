package org.scrutineer.electorate.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Vetting;

class ExtractReaderTest {
  static final String CLPS = "code,name,region\nISL-N,Islington North,London\nPONT,Pontypridd,Wales\n";
  static final String MEMBERS =
      """
      membership_number,name,email,postcode,clp,joined_on,status,paid_up_to,suspended_from,suspended_until,suspension_reason
      L0000001,Ada Jones,ada@example.org,N7 8AA,ISL-N,1998-05-01,active,2016-12-31,,,
      L0000002,"Smith, Bob",,CF37 1AA,PONT,2016-03-04,active,2017-03-31,2016-06-01,,under investigation
      """;
  static final String SUPPORTERS =
      """
      reference,name,email,postcode,clp,applied_at,paid_at,amount_paid,vetting
      RS1,Cy Evans,cy@example.org,CF37 2BB,PONT,2016-07-18T17:05:00+01:00,2016-07-18T17:06:00+01:00,25.00,passed
      RS2,Di Rees,di@example.org,CF37 3CC,PONT,2016-07-21T09:00:00+01:00,,,pending
      """;

  static Parsed<Extract> read(String clps, String members, String supporters, String exclusions) {
    return ExtractReader.read(
        new ExtractSources(
            source("clps.csv", clps), source("members.csv", members), source("registered_supporters.csv", supporters), Optional.empty(), source("exclusions.csv", exclusions)),
        Set.of(),
        Set.of());
  }

  static Optional<ExtractSources.Source> source(String name, String text) {
    return text == null ? Optional.empty() : Optional.of(new ExtractSources.Source(name, new StringReader(text)));
  }

  @Test
  void readsEachKindIntoRecords() {
    Extract extract = read(CLPS, MEMBERS, SUPPORTERS, "section,reference,reason,decided_at,decided_by\nregistered_supporter,RS1,abuse of members,2016-08-10T12:00:00+01:00,NEC panel\n").orElseThrow();
    assertThat(extract.clps()).hasValueSatisfying(clps -> assertThat(clps).hasSize(2));
    MemberRecord second = extract.members().orElseThrow().get(1);
    assertThat(second.contact().name()).isEqualTo("Smith, Bob");
    assertThat(second.contact().email()).isEmpty();
    assertThat(second.joinedOn()).isEqualTo(LocalDate.parse("2016-03-04"));
    assertThat(second.status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(second.suspension()).hasValueSatisfying(s -> {
      assertThat(s.from()).isEqualTo(LocalDate.parse("2016-06-01"));
      assertThat(s.until()).isEmpty();
      assertThat(s.reason()).isEqualTo("under investigation");
    });
    RegisteredSupporterRecord paid = extract.registeredSupporters().orElseThrow().get(0);
    assertThat(paid.paidAt()).contains(Instant.parse("2016-07-18T16:06:00Z"));
    assertThat(paid.amountPence()).isEqualTo(2500);
    RegisteredSupporterRecord unpaid = extract.registeredSupporters().orElseThrow().get(1);
    assertThat(unpaid.paidAt()).isEmpty();
    assertThat(unpaid.amountPence()).isZero();
    assertThat(unpaid.vetting()).isEqualTo(Vetting.PENDING);
    assertThat(extract.exclusions().orElseThrow()).singleElement().satisfies(e -> assertThat(e.record()).isEqualTo(RecordKey.registeredSupporter("RS1")));
    assertThat(extract.affiliatedSupporters()).isEmpty();
  }

  @Test
  void everyBadValueIsReportedWithFileLineColumnAndFix() {
    String members =
        MEMBERS
            + "L0000003,Ed Hughes,ed@,N7 8AA,ISL-N,2016-13-01,activ,2016-12-31,,,\n"
            + "L0000001,Ada Again,ada2@example.org,N7 8AA,XX,1998-05-01,active,2016-12-31,,2016-01-01,\n"
            + "L0000004,Short Row\n";
    Parsed<Extract> parsed = read(CLPS, members, null, null);
    assertThat(parsed.problems()).extracting(InputProblem::toString)
        .containsExactly(
            "members.csv:4: column email: \"ed@\" is not an e-mail address (expected name@domain, or leave it empty)",
            "members.csv:4: column joined_on: \"2016-13-01\" is not a date (expected YYYY-MM-DD, e.g. 2016-01-12)",
            "members.csv:4: column status: \"activ\" is not one of active, lapsed, resigned, expelled",
            "members.csv:5: column membership_number: \"L0000001\" appears again (first on line 2); each record once per file",
            "members.csv:5: column clp: \"XX\" is not a known CLP code; add it to clps.csv or correct it",
            "members.csv:5: column suspended_from: is empty but suspended_until or suspension_reason is given; give the date the suspension started",
            "members.csv:6: has 2 fields, the header has 11; quote values that contain commas");
  }

  @Test
  void aHeaderWithoutARequiredColumnStopsThatFile() {
    Parsed<Extract> parsed = read(CLPS, "membership_number,name,email,postcode,clp,joined,status,paid_up_to\nL1,A,,N7,ISL-N,2000-01-01,active,2016-12-31\n", null, null);
    assertThat(parsed.problems()).extracting(InputProblem::toString)
        .containsExactly(
            "members.csv:1: column joined: is not a column of this file; expected membership_number,name,email,postcode,clp,joined_on,status,paid_up_to and optionally suspended_from,suspended_until,suspension_reason",
            "members.csv:1: column joined_on: is missing from the header; add the column (see docs/formats/register.md)");
  }

  @Test
  void exclusionsMustNameAKnownRecord() {
    Parsed<Extract> parsed = read(CLPS, MEMBERS, null, "section,reference,reason,decided_at,decided_by\nmember,L9999999,abuse,2016-08-10T12:00:00+01:00,NEC panel\naffiliated_supporter,A1,abuse,2016-08-10T12:00:00+01:00,NEC panel\n");
    assertThat(parsed.problems()).extracting(InputProblem::toString)
        .containsExactly(
            "exclusions.csv:2: column reference: member:L9999999 is in no extract, imported now or before; import the record first or correct the reference",
            "exclusions.csv:3: column affiliate: is empty; an affiliated supporter is named by affiliate and reference");
  }

  @Test
  void storedClpsAndRecordsCountAsKnown() {
    Parsed<Extract> parsed =
        ExtractReader.read(
            new ExtractSources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), source("exclusions.csv", "section,reference,reason,decided_at,decided_by\nmember,L1,abuse,2016-08-10T12:00:00+01:00,NEC panel\n")),
            Set.of("ISL-N"),
            Set.of(RecordKey.member("L1")));
    assertThat(parsed.problems()).isEmpty();
  }

  @Test
  void anEmptyFileIsAProblem() {
    assertThat(read("", null, null, null).problems()).extracting(InputProblem::toString).containsExactly("clps.csv: is empty; the first line must be the header code,name,region");
  }
}
