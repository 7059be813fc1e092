package org.scrutineer.electorate.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;

/**
 * Everything about one invented person except their name and addresses ({@link Identities}):
 * which records they hold and what each says. Recomputed from the seed whenever needed, never
 * stored for the whole register. A field is null when the person holds no such record.
 */
final class Individual {
  final int person;
  final Profile profile;
  Membership member;
  /** The second member record of a {@link Profile#MEMBER_DUPLICATE}. */
  Membership duplicate;
  Application registered;
  Link registeredLink;
  Affiliation affiliated;
  /** A second affiliate the same person signed up through, linked to the first by e-mail. */
  Affiliation affiliatedAgain;
  Link affiliatedLink;
  Removal exclusion;
  /** Whether the person gave an e-mail address (some long-standing members and union members have none on file). */
  boolean hasEmail = true;

  Individual(int person, Profile profile) {
    this.person = person;
    this.profile = profile;
  }

  /** The section of the record that stands for the person: member, else registered, else affiliated supporter. */
  Section mainSection() {
    if (member != null) {
      return Section.MEMBER;
    }
    return registered != null ? Section.REGISTERED_SUPPORTER : Section.AFFILIATED_SUPPORTER;
  }

  /** Whether some record of this person cannot be linked to the main one and forms a second "person". */
  boolean hasUnlinkedRecord() {
    return duplicate != null || registeredLink == Link.NONE || affiliatedLink == Link.NONE || (affiliatedAgain != null && !hasEmail);
  }

  /**
   * How a record other than the main one tells the linker whose it is (docs/synthetic-register.md):
   * the main record's e-mail, the same e-mail in other capitals, a stated membership number (with a
   * work e-mail), or nothing (an old e-mail): then only the same name and postcode hint at it.
   */
  enum Link {
    EMAIL,
    EMAIL_OTHER_CASE,
    NUMBER,
    NONE
  }

  /** @param secondOfDay when on that day they joined, which orders membership numbers */
  record Membership(LocalDate joinedOn, int secondOfDay, MemberStatus status, LocalDate paidUpTo, Optional<Suspension> suspension) {}

  record Application(Instant appliedAt, Optional<Instant> paidAt, long amountPence, Vetting vetting) {}

  /**
   * @param affiliate index into {@link Affiliates}
   * @param unionStyle the union's extract writes the name in capitals and the postcode without its space
   */
  record Affiliation(int affiliate, LocalDate registeredOn, int secondOfDay, Vetting vetting, boolean unionStyle) {}

  record Removal(Section section, String reason, Instant decidedAt, String decidedBy) {}
}
