package org.scrutineer.electorate.register;

import java.util.Objects;

/**
 * What identifies a membership record in its own extract: the membership number of a member, the
 * application reference of a registered supporter, the affiliate and its reference for an
 * affiliated supporter (two unions may use the same reference). Ordered by section, affiliate,
 * reference. Rendered as {@code
 * member:L0012345}, {@code registered_supporter:RS00042}, {@code affiliated_supporter:UNITE:A991}.
 */
public record RecordKey(Section section, String affiliate, String reference) implements Comparable<RecordKey> {
  public RecordKey {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(affiliate, "affiliate");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("a record reference cannot be blank");
    }
    if ((section == Section.AFFILIATED_SUPPORTER) == affiliate.isEmpty()) {
      throw new IllegalArgumentException("an affiliate is given for, and only for, affiliated supporters: " + section + " " + affiliate);
    }
  }

  public static RecordKey member(String membershipNumber) {
    return new RecordKey(Section.MEMBER, "", membershipNumber);
  }

  public static RecordKey registeredSupporter(String reference) {
    return new RecordKey(Section.REGISTERED_SUPPORTER, "", reference);
  }

  public static RecordKey affiliatedSupporter(String affiliate, String reference) {
    return new RecordKey(Section.AFFILIATED_SUPPORTER, affiliate, reference);
  }

  @Override
  public int compareTo(RecordKey other) {
    // By hand rather than through ORDER: linking a million records sorts them, and this is its inner loop.
    int bySection = section.compareTo(other.section);
    if (bySection != 0) {
      return bySection;
    }
    int byAffiliate = affiliate.compareTo(other.affiliate);
    return byAffiliate != 0 ? byAffiliate : reference.compareTo(other.reference);
  }

  @Override
  public String toString() {
    return affiliate.isEmpty() ? section.key() + ":" + reference : section.key() + ":" + affiliate + ":" + reference;
  }
}
