package org.scrutineer.store.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.csv.Extract;
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

/** Small registers for the store's tests. */
final class Fixtures {
  private Fixtures() {}

  static final Clp ISLINGTON = new Clp("E14000763", "Islington North", "London");
  static final Clp LEEDS = new Clp("E14000777", "Leeds Central", "Yorkshire and the Humber");

  static MemberRecord member(String number, String name, String clp) {
    return new MemberRecord(number, new Contact(name, name.toLowerCase().replace(' ', '.') + "@example.org", "N7 8DS", clp), LocalDate.of(2015, 9, 12), MemberStatus.ACTIVE, LocalDate.of(2016, 12, 31), Optional.empty());
  }

  static MemberRecord suspended(MemberRecord member) {
    return new MemberRecord(member.number(), member.contact(), member.joinedOn(), member.status(), member.paidUpTo(), Optional.of(new Suspension(LocalDate.of(2016, 7, 1), Optional.empty(), "under investigation")));
  }

  static MemberRecord withEmail(MemberRecord member, String email) {
    Contact c = member.contact();
    return new MemberRecord(member.number(), new Contact(c.name(), email, c.postcode(), c.clp()), member.joinedOn(), member.status(), member.paidUpTo(), member.suspension());
  }

  static RegisteredSupporterRecord supporter(String reference, String clp) {
    return new RegisteredSupporterRecord(reference, new Contact("Ray " + reference, "", "LS1 1UR", clp), Optional.empty(), Instant.parse("2016-07-18T16:00:00Z"), Optional.of(Instant.parse("2016-07-19T09:15:00Z")), 2500, Vetting.PASSED);
  }

  static AffiliatedSupporterRecord affiliated(String affiliate, String reference, String clp) {
    return new AffiliatedSupporterRecord(affiliate, reference, new Contact("Ann " + reference, "", "LS2 7HZ", clp), Optional.empty(), LocalDate.of(2016, 8, 1), Vetting.PASSED);
  }

  static Exclusion exclusion(RecordKey record, String reason) {
    return new Exclusion(record, reason, Instant.parse("2016-08-10T10:00:00Z"), "NEC procedures committee");
  }

  static Extract extract(List<Clp> clps, List<MemberRecord> members) {
    return new Extract(Optional.of(clps), Optional.of(members), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Extract members(List<MemberRecord> members) {
    return new Extract(Optional.empty(), Optional.of(members), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Extract exclusions(List<Exclusion> exclusions) {
    return new Extract(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(exclusions));
  }

  /** A source naming one file per kind the extract gives, each "hashed" from its kind and a version label. */
  static ImportSource source(Extract extract, String version) {
    return new ImportSource(ImportTransaction.kinds(extract).stream()
        .map(kind -> ImportSource.File.of(kind, fileName(kind), (kind.name() + "@" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .toList());
  }

  static String fileName(RecordKind<?> kind) {
    return kind == RecordKind.CLP ? "clps.csv" : kind == RecordKind.MEMBER ? "members.csv" : kind == RecordKind.EXCLUSION ? "exclusions.csv" : kind.name() + "s.csv";
  }

  /** A clock that moves on a minute every time it is read, from 2016-08-12 09:00 UTC. */
  static Clock steppingClock() {
    return new Clock() {
      private Instant next = Instant.parse("2016-08-12T09:00:00Z");

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofMinutes(1));
        return now;
      }
    };
  }
}
