package org.scrutineer.electorate.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Money;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

/**
 * Reads the CSV extracts of one import (formats: docs/formats/register.md) and checks them whole:
 * every value, duplicate keys within a file, CLP codes against the CLPs given or already stored,
 * exclusions against the records given or already stored. Any problem rejects the whole import, so
 * that a file with errors changes nothing.
 */
public final class ExtractReader {
  static final List<String> CLP_COLUMNS = List.of("code", "name", "region");
  static final List<String> MEMBER_COLUMNS = List.of("membership_number", "name", "email", "postcode", "clp", "joined_on", "status", "paid_up_to");
  static final List<String> MEMBER_OPTIONAL = List.of("suspended_from", "suspended_until", "suspension_reason");
  static final List<String> SUPPORTER_COLUMNS = List.of("reference", "name", "email", "postcode", "clp", "applied_at", "paid_at", "amount_paid", "vetting");
  static final List<String> AFFILIATED_COLUMNS = List.of("affiliate", "reference", "name", "email", "postcode", "clp", "registered_on", "vetting");
  static final List<String> STATED_NUMBER = List.of("membership_number");
  static final List<String> EXCLUSION_COLUMNS = List.of("section", "reference", "reason", "decided_at", "decided_by");
  static final List<String> EXCLUSION_OPTIONAL = List.of("affiliate");

  private static final String STATUSES = "active, lapsed, resigned, expelled";
  private static final String VETTINGS = "passed, failed, pending";
  private static final String SECTIONS = "member, registered_supporter, affiliated_supporter";

  private ExtractReader() {}

  /**
   * @param storedClps the CLP codes the store already holds (CLPs of this import are added to them)
   * @param storedRecords the record keys the store already holds, for exclusions of earlier imports' records
   */
  public static Parsed<Extract> read(ExtractSources sources, Set<String> storedClps, Set<RecordKey> storedRecords) {
    List<InputProblem> problems = new ArrayList<>();
    Optional<List<Clp>> clps = sources.clps().map(source -> clps(source, problems));
    Set<String> knownClps = new java.util.HashSet<>(storedClps);
    clps.ifPresent(list -> list.forEach(clp -> knownClps.add(clp.code())));
    Set<RecordKey> knownRecords = new java.util.HashSet<>(storedRecords);
    Optional<List<MemberRecord>> members = sources.members().map(source -> members(source, knownClps, problems));
    Optional<List<RegisteredSupporterRecord>> supporters = sources.registeredSupporters().map(source -> registeredSupporters(source, knownClps, problems));
    Optional<List<AffiliatedSupporterRecord>> affiliated = sources.affiliatedSupporters().map(source -> affiliatedSupporters(source, knownClps, problems));
    members.ifPresent(list -> list.forEach(record -> knownRecords.add(record.key())));
    supporters.ifPresent(list -> list.forEach(record -> knownRecords.add(record.key())));
    affiliated.ifPresent(list -> list.forEach(record -> knownRecords.add(record.key())));
    Optional<List<Exclusion>> exclusions = sources.exclusions().map(source -> exclusions(source, knownRecords, problems));
    return Parsed.of(new Extract(clps, members, supporters, affiliated, exclusions), problems);
  }

  private static List<Clp> clps(ExtractSources.Source source, List<InputProblem> problems) {
    List<Clp> clps = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    new CsvTable(source.name(), problems).read(source.reader(), CLP_COLUMNS, List.of(), row -> {
      String code = row.text("code");
      String name = row.text("name");
      String region = row.text("region");
      unique(row, "code", code, firstLine);
      if (row.valid()) {
        clps.add(new Clp(code, name, region));
      }
    });
    return clps;
  }

  private static List<MemberRecord> members(ExtractSources.Source source, Set<String> clps, List<InputProblem> problems) {
    List<MemberRecord> members = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    new CsvTable(source.name(), problems).read(source.reader(), MEMBER_COLUMNS, MEMBER_OPTIONAL, row -> {
      String number = row.text("membership_number");
      unique(row, "membership_number", number, firstLine);
      Contact contact = contact(row, clps);
      var joined = row.date("joined_on");
      MemberStatus status = row.choice("status", MemberStatus::fromKey, STATUSES, MemberStatus.ACTIVE);
      var paidUpTo = row.date("paid_up_to");
      Optional<Suspension> suspension = suspension(row);
      if (row.valid()) {
        members.add(new MemberRecord(number, contact, joined, status, paidUpTo, suspension));
      }
    });
    return members;
  }

  private static Optional<Suspension> suspension(CsvTable.Row row) {
    var from = row.optionalDate("suspended_from");
    var until = row.optionalDate("suspended_until");
    Optional<String> reason = row.optionalText("suspension_reason");
    if (from.isEmpty()) {
      if (until.isPresent() || reason.isPresent()) {
        row.problem("suspended_from", "is empty but suspended_until or suspension_reason is given; give the date the suspension started");
      }
      return Optional.empty();
    }
    if (reason.isEmpty()) {
      row.problem("suspension_reason", "is empty; a suspension needs its reason");
      return Optional.empty();
    }
    if (until.isPresent() && until.get().isBefore(from.get())) {
      row.problem("suspended_until", until.get() + " is before suspended_from " + from.get() + "; a suspension ends after it starts");
      return Optional.empty();
    }
    return Optional.of(new Suspension(from.get(), until, reason.get()));
  }

  private static List<RegisteredSupporterRecord> registeredSupporters(ExtractSources.Source source, Set<String> clps, List<InputProblem> problems) {
    List<RegisteredSupporterRecord> supporters = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    new CsvTable(source.name(), problems).read(source.reader(), SUPPORTER_COLUMNS, STATED_NUMBER, row -> {
      String reference = row.text("reference");
      unique(row, "reference", reference, firstLine);
      Contact contact = contact(row, clps);
      Optional<String> stated = row.optionalText("membership_number");
      var applied = row.instant("applied_at");
      var paid = row.optionalInstant("paid_at");
      long amount = row.pence("amount_paid");
      Vetting vetting = row.choice("vetting", Vetting::fromKey, VETTINGS, Vetting.PENDING);
      if (paid.isEmpty() && amount > 0) {
        row.problem("paid_at", "is empty but amount_paid is " + Money.pounds(amount) + "; give when it was paid, or 0 if nothing was");
      }
      if (row.valid()) {
        supporters.add(new RegisteredSupporterRecord(reference, contact, stated, applied, paid, amount, vetting));
      }
    });
    return supporters;
  }

  private static List<AffiliatedSupporterRecord> affiliatedSupporters(ExtractSources.Source source, Set<String> clps, List<InputProblem> problems) {
    List<AffiliatedSupporterRecord> supporters = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    new CsvTable(source.name(), problems).read(source.reader(), AFFILIATED_COLUMNS, STATED_NUMBER, row -> {
      String affiliate = row.text("affiliate");
      String reference = row.text("reference");
      unique(row, "reference", affiliate + ":" + reference, firstLine);
      Contact contact = contact(row, clps);
      Optional<String> stated = row.optionalText("membership_number");
      var registered = row.date("registered_on");
      Vetting vetting = row.choice("vetting", Vetting::fromKey, VETTINGS, Vetting.PENDING);
      if (row.valid()) {
        supporters.add(new AffiliatedSupporterRecord(affiliate, reference, contact, stated, registered, vetting));
      }
    });
    return supporters;
  }

  private static List<Exclusion> exclusions(ExtractSources.Source source, Set<RecordKey> records, List<InputProblem> problems) {
    List<Exclusion> exclusions = new ArrayList<>();
    new CsvTable(source.name(), problems).read(source.reader(), EXCLUSION_COLUMNS, EXCLUSION_OPTIONAL, row -> {
      Section section = row.choice("section", Section::fromKey, SECTIONS, Section.MEMBER);
      String reference = row.text("reference");
      Optional<String> affiliate = row.optionalText("affiliate");
      String reason = row.text("reason");
      var decidedAt = row.instant("decided_at");
      String decidedBy = row.text("decided_by");
      if (!row.valid()) {
        return;
      }
      if ((section == Section.AFFILIATED_SUPPORTER) != affiliate.isPresent()) {
        row.problem("affiliate", section == Section.AFFILIATED_SUPPORTER ? "is empty; an affiliated supporter is named by affiliate and reference" : "is given, but only affiliated supporters have one; leave it empty");
        return;
      }
      RecordKey key = new RecordKey(section, affiliate.orElse(""), reference);
      if (!records.contains(key)) {
        row.problem("reference", key + " is in no extract, imported now or before; import the record first or correct the reference");
        return;
      }
      exclusions.add(new Exclusion(key, reason, decidedAt, decidedBy));
    });
    return exclusions;
  }

  private static Contact contact(CsvTable.Row row, Set<String> clps) {
    String name = row.text("name");
    String email = row.optionalText("email").orElse("");
    if (!email.isEmpty() && (email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace))) {
      row.problem("email", "\"" + email + "\" is not an e-mail address (expected name@domain, or leave it empty)");
    }
    String postcode = row.text("postcode");
    Optional<String> clp = row.optionalText("clp");
    if (clp.isEmpty()) {
      row.problem("clp", "is empty; give the code of the CLP the address is in (as in clps.csv)");
    } else if (!clps.contains(clp.get())) {
      row.problem("clp", "\"" + clp.get() + "\" is not a known CLP code; add it to clps.csv or correct it");
    }
    return new Contact(name, email, postcode, clp.orElse("?"));
  }

  private static void unique(CsvTable.Row row, String column, String key, Map<String, Long> firstLine) {
    Long first = firstLine.putIfAbsent(key, row.line);
    if (first != null) {
      row.problem(column, "\"" + key + "\" appears again (first on line " + first + "); each record once per file");
    }
  }
}
