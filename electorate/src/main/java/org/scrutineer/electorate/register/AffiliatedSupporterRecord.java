package org.scrutineer.electorate.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of an affiliated organisation (a trade union or socialist society) who signed up
 * through it to vote.
 *
 * @param affiliate the organisation's code, e.g. {@code UNITE}
 * @param statedMembershipNumber a party membership number the supporter gave, if any
 */
public record AffiliatedSupporterRecord(
    String affiliate, String reference, Contact contact, Optional<String> statedMembershipNumber, LocalDate registeredOn, Vetting vetting)
    implements MembershipRecord {
  public AffiliatedSupporterRecord {
    Objects.requireNonNull(affiliate, "affiliate");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(statedMembershipNumber, "statedMembershipNumber");
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(vetting, "vetting");
  }

  @Override
  public RecordKey key() {
    return RecordKey.affiliatedSupporter(affiliate, reference);
  }

  @Override
  public Optional<String> membershipNumber() {
    return statedMembershipNumber;
  }
}
