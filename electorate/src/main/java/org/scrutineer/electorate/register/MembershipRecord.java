package org.scrutineer.electorate.register;

import java.util.Optional;

/** One line of one extract: a membership of some kind, held by a person once records are linked. */
public sealed interface MembershipRecord permits MemberRecord, RegisteredSupporterRecord, AffiliatedSupporterRecord {
  RecordKey key();

  Contact contact();

  default Section section() {
    return key().section();
  }

  /**
   * The membership number this record gives for its holder: a member's own, or the one a supporter
   * stated on the form (unions ask whether the applicant is already a member). Links records exactly.
   */
  Optional<String> membershipNumber();
}
