package org.scrutineer.electorate.register;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An application to vote as a registered supporter.
 *
 * @param paidAt when the fee was received; empty if it never was
 * @param amountPence what was paid, in pence (no binary fractions of money)
 * @param statedMembershipNumber a membership number the applicant gave, if any
 */
public record RegisteredSupporterRecord(
    String reference,
    Contact contact,
    Optional<String> statedMembershipNumber,
    Instant appliedAt,
    Optional<Instant> paidAt,
    long amountPence,
    Vetting vetting)
    implements MembershipRecord {
  public RegisteredSupporterRecord {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(statedMembershipNumber, "statedMembershipNumber");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(paidAt, "paidAt");
    Objects.requireNonNull(vetting, "vetting");
    if (amountPence < 0) {
      throw new IllegalArgumentException("a payment cannot be negative: " + amountPence);
    }
  }

  @Override
  public RecordKey key() {
    return RecordKey.registeredSupporter(reference);
  }

  @Override
  public Optional<String> membershipNumber() {
    return statedMembershipNumber;
  }
}
