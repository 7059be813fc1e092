package org.scrutineer.electorate.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

/** Small records for the tests of this package. */
final class Records {
  private Records() {}

  static MemberRecord member(String number, String name) {
    return new MemberRecord(number, new Contact(name, name.toLowerCase() + "@example.org", "N1 1AA", "E14000001"), LocalDate.of(2015, 5, 8), MemberStatus.ACTIVE, LocalDate.of(2016, 12, 31), Optional.empty());
  }

  static MemberRecord suspended(String number) {
    return new MemberRecord(number, new Contact("Sam", "", "N1 1AA", "E14000001"), LocalDate.of(2010, 1, 1), MemberStatus.ACTIVE, LocalDate.of(2016, 12, 31), Optional.of(new Suspension(LocalDate.of(2016, 6, 1), Optional.empty(), "under investigation")));
  }

  static RegisteredSupporterRecord supporter(String reference) {
    return new RegisteredSupporterRecord(reference, new Contact("Ada", "ada@example.org", "SW1A 0AA", "E14000002"), Optional.of("L001"), Instant.parse("2016-07-18T16:00:00Z"), Optional.of(Instant.parse("2016-07-19T10:30:00.123Z")), 2500, Vetting.PASSED);
  }

  static AffiliatedSupporterRecord affiliated(String affiliate, String reference) {
    return new AffiliatedSupporterRecord(affiliate, reference, new Contact("Bo", "", "M1 1AA", "E14000003"), Optional.empty(), LocalDate.of(2016, 8, 8), Vetting.PENDING);
  }

  static Exclusion exclusion(String number, String reason) {
    return new Exclusion(RecordKey.member(number), reason, Instant.parse("2016-08-01T12:00:00Z"), "NEC panel");
  }
}
