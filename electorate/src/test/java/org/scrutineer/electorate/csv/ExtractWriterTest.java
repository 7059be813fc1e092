package org.scrutineer.electorate.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

class ExtractWriterTest {
  private static final List<Clp> CLPS = List.of(new Clp("LN01", "Ashgrove", "London"), new Clp("WA02", "Brynmawr Heath, Upper", "Wales"));
  private static final Contact ANNA = new Contact("Anna \"Nan\" O'Brien", "anna@example.org", "E1 6AN", "LN01");
  private static final Contact SIAN = new Contact("Siân Llewellyn, Jr", "", "CF10 1AA", "WA02");

  private static final List<MemberRecord> MEMBERS = List.of(
      new MemberRecord("L1", ANNA, LocalDate.of(2016, 1, 12), MemberStatus.ACTIVE, LocalDate.of(2016, 9, 1), Optional.empty()),
      new MemberRecord("L2", SIAN, LocalDate.of(1983, 6, 9), MemberStatus.LAPSED, LocalDate.of(2015, 2, 28),
          Optional.of(new Suspension(LocalDate.of(2016, 4, 1), Optional.empty(), "pending investigation, rule 2.I.8"))),
      new MemberRecord("L3", SIAN, LocalDate.of(2016, 1, 13), MemberStatus.ACTIVE, LocalDate.of(2016, 9, 1),
          Optional.of(new Suspension(LocalDate.of(2016, 4, 1), Optional.of(LocalDate.of(2016, 5, 1)), "abuse"))));

  private static final List<RegisteredSupporterRecord> SUPPORTERS = List.of(
      new RegisteredSupporterRecord("RS1", ANNA, Optional.of("L1"), instant("2016-07-18T17:00:00+01:00"), Optional.of(instant("2016-07-18T17:00:00.25+01:00")), 2500, Vetting.PASSED),
      new RegisteredSupporterRecord("RS2", SIAN, Optional.empty(), instant("2016-07-20T16:59:59+01:00"), Optional.empty(), 0, Vetting.PENDING),
      new RegisteredSupporterRecord("RS3", SIAN, Optional.empty(), instant("2016-01-05T10:00:00Z"), Optional.of(instant("2016-01-05T10:00:00Z")), 305, Vetting.FAILED));

  private static final List<AffiliatedSupporterRecord> AFFILIATED = List.of(
      new AffiliatedSupporterRecord("UNITE", "A1", ANNA, Optional.of("L1"), LocalDate.of(2016, 8, 8), Vetting.PASSED),
      new AffiliatedSupporterRecord("GMB", "A1", SIAN, Optional.empty(), LocalDate.of(2016, 8, 9), Vetting.FAILED));

  private static final List<Exclusion> EXCLUSIONS = List.of(
      new Exclusion(RecordKey.member("L1"), "abuse, at a meeting", instant("2016-08-01T09:30:00+01:00"), "NEC panel A"),
      new Exclusion(RecordKey.registeredSupporter("RS2"), "support for another party", instant("2016-08-02T09:30:00+01:00"), "NEC panel B"),
      new Exclusion(RecordKey.affiliatedSupporter("GMB", "A1"), "support for another party", instant("2016-08-03T09:30:00+01:00"), "NEC panel C"));

  @Test
  void everyKindReadsBackToTheSameRecords() {
    ExtractSources sources = new ExtractSources(
        source("clps.csv", ExtractWriter::clps, CLPS),
        source("members.csv", ExtractWriter::members, MEMBERS),
        source("registered_supporters.csv", ExtractWriter::registeredSupporters, SUPPORTERS),
        source("affiliated_supporters.csv", ExtractWriter::affiliatedSupporters, AFFILIATED),
        source("exclusions.csv", ExtractWriter::exclusions, EXCLUSIONS));

    Parsed<Extract> read = ExtractReader.read(sources, Set.of(), Set.of());

    assertThat(read.problems()).isEmpty();
    Extract extract = read.orElseThrow();
    assertThat(extract.clps()).contains(CLPS);
    assertThat(extract.members()).contains(MEMBERS);
    assertThat(extract.registeredSupporters()).contains(SUPPORTERS);
    assertThat(extract.affiliatedSupporters()).contains(AFFILIATED);
    assertThat(extract.exclusions()).contains(EXCLUSIONS);
  }

  @Test
  void headerIsTheReadersRequiredThenOptionalColumns() {
    assertThat(firstLine(ExtractWriter::members, List.of())).isEqualTo(
        "membership_number,name,email,postcode,clp,joined_on,status,paid_up_to,suspended_from,suspended_until,suspension_reason");
    assertThat(firstLine(ExtractWriter::registeredSupporters, List.<RegisteredSupporterRecord>of())).isEqualTo(
        "reference,name,email,postcode,clp,applied_at,paid_at,amount_paid,vetting,membership_number");
    assertThat(firstLine(ExtractWriter::affiliatedSupporters, List.<AffiliatedSupporterRecord>of())).isEqualTo(
        "affiliate,reference,name,email,postcode,clp,registered_on,vetting,membership_number");
    assertThat(firstLine(ExtractWriter::exclusions, List.<Exclusion>of())).isEqualTo("section,reference,reason,decided_at,decided_by,affiliate");
    assertThat(firstLine(ExtractWriter::clps, List.<Clp>of())).isEqualTo("code,name,region");
  }

  @Test
  void valuesAreWrittenInTheDocumentedForms() {
    String supporters = written(ExtractWriter::registeredSupporters, SUPPORTERS);
    assertThat(supporters.lines().toList()).containsExactly(
        "reference,name,email,postcode,clp,applied_at,paid_at,amount_paid,vetting,membership_number",
        "RS1,\"Anna \"\"Nan\"\" O'Brien\",anna@example.org,E1 6AN,LN01,2016-07-18T17:00:00+01:00,2016-07-18T17:00:00.25+01:00,25.00,passed,L1",
        "RS2,\"Siân Llewellyn, Jr\",,CF10 1AA,WA02,2016-07-20T16:59:59+01:00,,0.00,pending,",
        "RS3,\"Siân Llewellyn, Jr\",,CF10 1AA,WA02,2016-01-05T10:00:00+00:00,2016-01-05T10:00:00+00:00,3.05,failed,");
    assertThat(written(ExtractWriter::members, MEMBERS)).contains("\nL3,\"Siân Llewellyn, Jr\",,CF10 1AA,WA02,2016-01-13,active,2016-09-01,2016-04-01,2016-05-01,abuse\n");
  }

  @Test
  void rowsCountsDataRowsOnly() {
    StringWriter out = new StringWriter();
    ExtractWriter<Clp> writer = ExtractWriter.clps(out);
    writer.writeAll(CLPS);
    assertThat(writer.rows()).isEqualTo(2);
    assertThat(out.toString().lines()).hasSize(3);
  }

  private static Instant instant(String text) {
    return java.time.OffsetDateTime.parse(text).toInstant();
  }

  private static <T> Optional<ExtractSources.Source> source(String name, Function<java.io.Writer, ExtractWriter<T>> kind, List<T> records) {
    return Optional.of(new ExtractSources.Source(name, new StringReader(written(kind, records))));
  }

  private static <T> String written(Function<java.io.Writer, ExtractWriter<T>> kind, List<T> records) {
    StringWriter out = new StringWriter();
    kind.apply(out).writeAll(records);
    return out.toString();
  }

  private static <T> String firstLine(Function<java.io.Writer, ExtractWriter<T>> kind, List<T> records) {
    return written(kind, records).lines().findFirst().orElseThrow();
  }
}
