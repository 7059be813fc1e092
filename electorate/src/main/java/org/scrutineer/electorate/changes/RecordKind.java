package org.scrutineer.electorate.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

/**
 * One kind of record an import brings, and its fields as canonical text: the form in which records
 * of the kind are compared, stored and shown in the change log. Field names are the extract's CSV
 * column names (docs/formats/register.md) where there is one. The first {@link #keyFields} fields
 * identify a record within its kind; the others are compared.
 *
 * <p>Canonical text: dates {@code YYYY-MM-DD}; instants ISO-8601 in UTC as {@link Instant#toString}
 * writes them ({@code 2016-07-18T16:00:00Z}); money in pence as a decimal integer; enumerations by
 * their key ({@code active}, {@code passed}); an absent optional value as the empty string (the
 * extract reader never yields an empty present value). {@link #record} inverts {@link #values}.
 */
public final class RecordKind<R> {
  public static final RecordKind<Clp> CLP = new RecordKind<>(
      "clp",
      List.of("code", "name", "region"),
      1,
      clp -> "clp:" + clp.code(),
      values -> "clp:" + values.get(0),
      clp -> List.of(clp.code(), clp.name(), clp.region()),
      values -> new Clp(values.get(0), values.get(1), values.get(2)));

  public static final RecordKind<MemberRecord> MEMBER = new RecordKind<>(
      "member",
      List.of("membership_number", "name", "email", "postcode", "clp", "joined_on", "status", "paid_up_to", "suspended_from", "suspended_until", "suspension_reason"),
      1,
      member -> member.key().toString(),
      values -> RecordKey.member(values.get(0)).toString(),
      RecordKind::memberValues,
      RecordKind::member);

  public static final RecordKind<RegisteredSupporterRecord> REGISTERED_SUPPORTER = new RecordKind<>(
      "registered_supporter",
      List.of("reference", "name", "email", "postcode", "clp", "membership_number", "applied_at", "paid_at", "amount_pence", "vetting"),
      1,
      supporter -> supporter.key().toString(),
      values -> RecordKey.registeredSupporter(values.get(0)).toString(),
      RecordKind::registeredSupporterValues,
      RecordKind::registeredSupporter);

  public static final RecordKind<AffiliatedSupporterRecord> AFFILIATED_SUPPORTER = new RecordKind<>(
      "affiliated_supporter",
      List.of("affiliate", "reference", "name", "email", "postcode", "clp", "membership_number", "registered_on", "vetting"),
      2,
      supporter -> supporter.key().toString(),
      values -> RecordKey.affiliatedSupporter(values.get(0), values.get(1)).toString(),
      RecordKind::affiliatedSupporterValues,
      RecordKind::affiliatedSupporter);

  /**
   * Exclusions are identified by the record, when and by whom: the same decision imported again is
   * the same exclusion; the reason is compared (a different one for the same decision is a conflict,
   * {@link ExclusionAppend}).
   */
  public static final RecordKind<Exclusion> EXCLUSION = new RecordKind<>(
      "exclusion",
      List.of("section", "affiliate", "reference", "decided_at", "decided_by", "reason"),
      5,
      exclusion -> exclusionKey(exclusion.record().toString(), exclusion.decidedAt().toString(), exclusion.decidedBy()),
      values -> exclusionKey(recordKey(values).toString(), values.get(3), values.get(4)),
      exclusion -> List.of(exclusion.record().section().key(), exclusion.record().affiliate(), exclusion.record().reference(), exclusion.decidedAt().toString(), exclusion.decidedBy(), exclusion.reason()),
      values -> new Exclusion(recordKey(values), values.get(5), Instant.parse(values.get(3)), values.get(4)));

  /** The snapshot kinds, in the order an import applies them (CLPs before the records that name them). */
  public static final List<RecordKind<?>> SNAPSHOTS = List.of(CLP, MEMBER, REGISTERED_SUPPORTER, AFFILIATED_SUPPORTER);

  private final String name;
  private final List<String> fields;
  private final int keyFields;
  private final Function<R, String> keyOfRecord;
  private final Function<List<String>, String> keyOfValues;
  private final Function<R, List<String>> values;
  private final Function<List<String>, R> record;

  private RecordKind(
      String name,
      List<String> fields,
      int keyFields,
      Function<R, String> keyOfRecord,
      Function<List<String>, String> keyOfValues,
      Function<R, List<String>> values,
      Function<List<String>, R> record) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.keyFields = keyFields;
    this.keyOfRecord = keyOfRecord;
    this.keyOfValues = keyOfValues;
    this.values = values;
    this.record = record;
  }

  /** {@code clp}, {@code member}, {@code registered_supporter}, {@code affiliated_supporter} or {@code exclusion}. */
  public String name() {
    return name;
  }

  /** Every field, key fields first. */
  public List<String> fields() {
    return fields;
  }

  /** How many of the first {@link #fields} identify a record of this kind. */
  public int keyFields() {
    return keyFields;
  }

  /** The record's key as text: {@code member:L0012345}, {@code clp:E14000530}, {@code affiliated_supporter:UNITE:A991}. */
  public String key(R record) {
    return keyOfRecord.apply(record);
  }

  /** The key of a record given as its {@link #values}. */
  public String keyOfValues(List<String> values) {
    checkWidth(values);
    return keyOfValues.apply(values);
  }

  /** The record's fields as canonical text, in {@link #fields} order. */
  public List<String> values(R record) {
    return values.apply(record);
  }

  /** The record whose {@link #values} these are; IllegalArgumentException if they are not canonical text of this kind. */
  public R record(List<String> values) {
    checkWidth(values);
    try {
      return record.apply(values);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a " + name + " in canonical form: " + values, e);
    }
  }

  private void checkWidth(List<String> values) {
    if (values.size() != fields.size()) {
      throw new IllegalArgumentException("a " + name + " has " + fields.size() + " fields " + fields + ", not " + values.size());
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static List<String> memberValues(MemberRecord member) {
    Contact contact = member.contact();
    Optional<Suspension> suspension = member.suspension();
    return List.of(
        member.number(),
        contact.name(),
        contact.email(),
        contact.postcode(),
        contact.clp(),
        member.joinedOn().toString(),
        member.status().key(),
        member.paidUpTo().toString(),
        suspension.map(s -> s.from().toString()).orElse(""),
        suspension.flatMap(Suspension::until).map(LocalDate::toString).orElse(""),
        suspension.map(Suspension::reason).orElse(""));
  }

  private static MemberRecord member(List<String> v) {
    Optional<Suspension> suspension = v.get(8).isEmpty() ? Optional.empty() : Optional.of(new Suspension(date(v.get(8)), optional(v.get(9)).map(RecordKind::date), v.get(10)));
    MemberStatus status = MemberStatus.fromKey(v.get(6)).orElseThrow(() -> new IllegalArgumentException("status " + v.get(6)));
    return new MemberRecord(v.get(0), new Contact(v.get(1), v.get(2), v.get(3), v.get(4)), date(v.get(5)), status, date(v.get(7)), suspension);
  }

  private static List<String> registeredSupporterValues(RegisteredSupporterRecord supporter) {
    Contact contact = supporter.contact();
    return List.of(
        supporter.reference(),
        contact.name(),
        contact.email(),
        contact.postcode(),
        contact.clp(),
        supporter.statedMembershipNumber().orElse(""),
        supporter.appliedAt().toString(),
        supporter.paidAt().map(Instant::toString).orElse(""),
        Long.toString(supporter.amountPence()),
        supporter.vetting().key());
  }

  private static RegisteredSupporterRecord registeredSupporter(List<String> v) {
    return new RegisteredSupporterRecord(
        v.get(0),
        new Contact(v.get(1), v.get(2), v.get(3), v.get(4)),
        optional(v.get(5)),
        Instant.parse(v.get(6)),
        optional(v.get(7)).map(Instant::parse),
        Long.parseLong(v.get(8)),
        vetting(v.get(9)));
  }

  private static List<String> affiliatedSupporterValues(AffiliatedSupporterRecord supporter) {
    Contact contact = supporter.contact();
    return List.of(
        supporter.affiliate(),
        supporter.reference(),
        contact.name(),
        contact.email(),
        contact.postcode(),
        contact.clp(),
        supporter.statedMembershipNumber().orElse(""),
        supporter.registeredOn().toString(),
        supporter.vetting().key());
  }

  private static AffiliatedSupporterRecord affiliatedSupporter(List<String> v) {
    return new AffiliatedSupporterRecord(v.get(0), v.get(1), new Contact(v.get(2), v.get(3), v.get(4), v.get(5)), optional(v.get(6)), date(v.get(7)), vetting(v.get(8)));
  }

  private static RecordKey recordKey(List<String> v) {
    Section section = Section.fromKey(v.get(0)).orElseThrow(() -> new IllegalArgumentException("section " + v.get(0)));
    return new RecordKey(section, v.get(1), v.get(2));
  }

  private static String exclusionKey(String record, String decidedAt, String decidedBy) {
    return "exclusion:" + record + "@" + decidedAt + "/" + decidedBy;
  }

  /**
   * A canonical {@code YYYY-MM-DD} date. Read without {@link LocalDate#parse}, whose formatter
   * machinery (a map of fields per call) was the largest Java cost of reading a million stored
   * records back; anything else goes through {@code LocalDate.parse}, which refuses it.
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The decimal value of text[from, to), or -1 if it is not all ASCII digits. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Vetting vetting(String key) {
    return Vetting.fromKey(key).orElseThrow(() -> new IllegalArgumentException("vetting " + key));
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
