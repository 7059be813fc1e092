package org.scrutineer.electorate.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.Money;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;

/**
 * Writes one kind of extract as the CSV that {@link ExtractReader} reads (docs/formats/register.md):
 * the header is the reader's required columns then its optional ones, in that order, so a file
 * written here always reads back to the same records. Values: dates {@code YYYY-MM-DD}; timestamps
 * ISO-8601 with the offset of UK time on that day ({@code 2016-07-18T17:00:00+01:00}, fractions of
 * a second only when there are some); money in pounds with two decimals; an absent value empty.
 *
 * <p>Rows go straight to the caller's {@link Writer} (nothing is buffered here), one record at a
 * time, so an extract of any size streams; the caller opens, buffers and closes the writer. Lines
 * end with LF. A failed write throws {@link java.io.UncheckedIOException}.
 */
public final class ExtractWriter<T> {
  /** UK time, as the party's systems and the 2016 timetable ("17:00 BST") state times. */
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ROOT);

  private final CsvWriter csv;
  private final BiConsumer<T, List<String>> fields;
  private final List<String> row;
  private long rows;

  private ExtractWriter(Writer out, List<String> header, BiConsumer<T, List<String>> fields) {
    // bufferSize 0: no buffer of our own that a caller would have to flush before closing theirs.
    this.csv = CsvWriter.builder().bufferSize(0).lineDelimiter(LineDelimiter.LF).build(out);
    this.fields = fields;
    this.row = new ArrayList<>(header.size());
    csv.writeRecord(header);
  }

  /** {@code clps.csv}: code, name, region. */
  public static ExtractWriter<Clp> clps(Writer out) {
    return new ExtractWriter<>(out, ExtractReader.CLP_COLUMNS, (clp, row) -> {
      row.add(clp.code());
      row.add(clp.name());
      row.add(clp.region());
    });
  }

  /** {@code members.csv}: the member columns, then the suspension (empty when none). */
  public static ExtractWriter<MemberRecord> members(Writer out) {
    return new ExtractWriter<>(out, concat(ExtractReader.MEMBER_COLUMNS, ExtractReader.MEMBER_OPTIONAL), (member, row) -> {
      row.add(member.number());
      contact(member.contact(), row);
      row.add(date(member.joinedOn()));
      row.add(member.status().key());
      row.add(date(member.paidUpTo()));
      row.add(member.suspension().map(s -> date(s.from())).orElse(""));
      row.add(member.suspension().flatMap(s -> s.until()).map(ExtractWriter::date).orElse(""));
      row.add(member.suspension().map(s -> s.reason()).orElse(""));
    });
  }

  /** {@code registered_supporters.csv}: the application, the payment, vetting, a stated membership number. */
  public static ExtractWriter<RegisteredSupporterRecord> registeredSupporters(Writer out) {
    return new ExtractWriter<>(out, concat(ExtractReader.SUPPORTER_COLUMNS, ExtractReader.STATED_NUMBER), (supporter, row) -> {
      row.add(supporter.reference());
      contact(supporter.contact(), row);
      row.add(timestamp(supporter.appliedAt()));
      row.add(supporter.paidAt().map(ExtractWriter::timestamp).orElse(""));
      row.add(Money.pounds(supporter.amountPence()));
      row.add(supporter.vetting().key());
      row.add(supporter.statedMembershipNumber().orElse(""));
    });
  }

  /** {@code affiliated_supporters.csv}: affiliate and its reference, the sign-up, a stated membership number. */
  public static ExtractWriter<AffiliatedSupporterRecord> affiliatedSupporters(Writer out) {
    return new ExtractWriter<>(out, concat(ExtractReader.AFFILIATED_COLUMNS, ExtractReader.STATED_NUMBER), (supporter, row) -> {
      row.add(supporter.affiliate());
      row.add(supporter.reference());
      contact(supporter.contact(), row);
      row.add(date(supporter.registeredOn()));
      row.add(supporter.vetting().key());
      row.add(supporter.statedMembershipNumber().orElse(""));
    });
  }

  /** {@code exclusions.csv}: the record the vote is removed from, why, when and by whom. */
  public static ExtractWriter<Exclusion> exclusions(Writer out) {
    return new ExtractWriter<>(out, concat(ExtractReader.EXCLUSION_COLUMNS, ExtractReader.EXCLUSION_OPTIONAL), (exclusion, row) -> {
      row.add(exclusion.record().section().key());
      row.add(exclusion.record().reference());
      row.add(exclusion.reason());
      row.add(timestamp(exclusion.decidedAt()));
      row.add(exclusion.decidedBy());
      row.add(exclusion.record().affiliate());
    });
  }

  /** Writes one record as one row. */
  public void write(T record) {
    row.clear();
    fields.accept(record, row);
    csv.writeRecord(row);
    rows++;
  }

  public void writeAll(Iterable<? extends T> records) {
    records.forEach(this::write);
  }

  /** Data rows written so far (the header not counted). */
  public long rows() {
    return rows;
  }

  private static void contact(Contact contact, List<String> row) {
    row.add(contact.name());
    row.add(contact.email());
    row.add(contact.postcode());
    row.add(contact.clp());
  }

  static String date(LocalDate day) {
    return day.toString();
  }

  /** ISO-8601 with UK time's offset on that day: what a reader in the UK expects to see. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.atZone(UK));
  }


  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
