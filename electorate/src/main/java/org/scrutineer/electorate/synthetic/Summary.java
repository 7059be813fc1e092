package org.scrutineer.electorate.synthetic;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a synthetic register holds, counted as it was generated: what each extract has and what
 * was built into it on purpose (overlaps, near-duplicates), so that a linker, an evaluation or a
 * diff run on it can be checked against what should be found.
 *
 * @param people invented human beings (a person may hold several records)
 */
public record Summary(
    int people,
    int clps,
    int regions,
    Members members,
    RegisteredSupporters registeredSupporters,
    AffiliatedSupporters affiliatedSupporters,
    Overlaps overlaps,
    NearDuplicates nearDuplicates,
    long exclusions) {
  public Summary {
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(registeredSupporters, "registeredSupporters");
    Objects.requireNonNull(affiliatedSupporters, "affiliatedSupporters");
    Objects.requireNonNull(overlaps, "overlaps");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }

  /**
   * The people the linker should find: one per invented person, plus one for each second member
   * record and for each person whose other records nothing links (they share only name and
   * postcode with their main record). Family members sharing an e-mail stay two people.
   */
  public long expectedLinkedPeople() {
    return people + nearDuplicates.duplicateMembers() + nearDuplicates.unlinkedRecords();
  }

  /**
   * Member records (second records of members who joined twice included).
   *
   * @param joinedAfterFreeze joined after 12 January 2016, so no vote under the NEC's rules
   * @param joinedAfterFreezeByNecDecision of those, joined by 12 July 2016: a vote under the High Court's ruling
   * @param inArrears active, but paid up to a day before the reference date 22 August 2016
   * @param suspended with a suspension recorded (not all of them cover the reference date)
   */
  public record Members(long records, long joinedAfterFreeze, long joinedAfterFreezeByNecDecision, long inArrears, long lapsed, long resigned, long expelled, long suspended) {}

  /**
   * Registered-supporter applications.
   *
   * @param appliedAfterWindow applied after 17:00 BST on 20 July 2016
   * @param paidFeeInWindow paid the full £25 inside the window
   * @param paidLate paid £25, but after the window closed
   * @param paidOldFee paid 2015's £3 inside the window
   */
  public record RegisteredSupporters(long applications, long appliedAfterWindow, long paidFeeInWindow, long paidLate, long paidOldFee, long neverPaid, long failedVetting, long pendingVetting) {}

  /**
   * Affiliated-supporter records.
   *
   * @param byAffiliate records per affiliate code, in code order
   * @param throughTwoAffiliates people who signed up through two affiliates (two records, one e-mail)
   */
  public record AffiliatedSupporters(long records, Map<String, Long> byAffiliate, long registeredAfterCutoff, long failedVetting, long pendingVetting, long throughTwoAffiliates) {
    public AffiliatedSupporters {
      byAffiliate = java.util.Collections.unmodifiableMap(new TreeMap<>(byAffiliate));
    }
  }

  /**
   * People holding records in more than one section, and how each second record shows it.
   *
   * @param membersAlsoRegistered members who also applied as registered supporters
   * @param membersAlsoAffiliated members who also signed up through an affiliate
   * @param supportersRegisteredAndAffiliated non-members who are both kinds of supporter
   * @param linkedByEmail second records with the main record's e-mail (some in other capitals)
   * @param linkedByNumber second records stating the member's membership number (with another e-mail)
   * @param notLinked second records with an old e-mail and no number: only name and postcode match
   */
  public record Overlaps(
      long membersAlsoRegistered, long membersAlsoAffiliated, long supportersRegisteredAndAffiliated, long linkedByEmail, long linkedByNumber, long notLinked) {}

  /**
   * What the linker should report for review, built on purpose.
   *
   * @param duplicateMembers members with a second member record (another e-mail, same name and postcode)
   * @param familyEmailPairs pairs of members sharing a household e-mail
   * @param unlinkedRecords people with a record nothing links to their main one: a supporter record
   *     with an old e-mail and no membership number, or a second affiliate's record and no e-mail
   */
  public record NearDuplicates(long duplicateMembers, long familyEmailPairs, long unlinkedRecords) {
    /** Near matches the linker should report: one per duplicate, family pair and unlinked person. */
    public long total() {
      return duplicateMembers + familyEmailPairs + unlinkedRecords;
    }
  }
}
