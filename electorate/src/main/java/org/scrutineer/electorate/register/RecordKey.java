package org.scrutineer.electorate.register;

import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies a membership record in its own extract: the membership number of a member, the
 * application reference of a registered supporter, the affiliate and its reference for an
 * affiliated supporter (two unions may use the same reference). Rendered as {@code
 * member:L0012345}, {@code registered_supporter:RS00042}, {@code affiliated_supporter:UNITE:A991}.
 */
public record RecordKey(Section section, String affiliate, String reference) implements Comparable<RecordKey> {
  private static final Comparator<RecordKey> ORDER =
      Comparator.comparing(RecordKey::section).thenComparing(RecordKey::affiliate).thenComparing(RecordKey::reference);

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
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return affiliate.isEmpty() ? section.key() + ":" + reference : section.key() + ":" + affiliate + ":" + reference;
  }
}
