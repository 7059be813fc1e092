package org.scrutineer.electorate.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of the membership system's extract.
 *
 * @param paidUpTo the day the member's subscriptions are paid up to; before the ruleset's
 *     reference date (less any grace) the member is in arrears
 */
public record MemberRecord(
    String number, Contact contact, LocalDate joinedOn, MemberStatus status, LocalDate paidUpTo, Optional<Suspension> suspension)
    implements MembershipRecord {
  public MemberRecord {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(joinedOn, "joinedOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(paidUpTo, "paidUpTo");
    Objects.requireNonNull(suspension, "suspension");
  }

  @Override
  public RecordKey key() {
    return RecordKey.member(number);
  }

  @Override
  public Optional<String> membershipNumber() {
    return Optional.of(number);
  }
}
