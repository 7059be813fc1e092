package org.scrutineer.electorate.synthetic;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many people of each {@link Profile} a register of {@code people} has: the 2016 proportions
 * (docs/synthetic-register.md) stated for {@value #REFERENCE_PEOPLE} people and scaled, each count
 * rounded, plain members taking what rounding leaves so that the counts add up to {@code people}.
 * People are numbered profile by profile, in {@link Profile} order.
 *
 * <p>At the reference size: 540,000 members (of whom 37,000 also registered as supporters and
 * 57,000 also signed up through an affiliate), 183,000 registered-supporter applications, 125,000
 * affiliated supporters.
 */
final class Shape {
  /** The size the proportions are stated for, and the CLI's default. */
  static final int REFERENCE_PEOPLE = 750_000;

  /** A cap well above any real register (ten times 2016's), keeping person numbers in 24 bits. */
  static final int MAX_PEOPLE = 10_000_000;

  private static final Map<Profile, Integer> AT_REFERENCE = new EnumMap<>(Map.of(
      Profile.MEMBER_FAMILY, 5_000,
      Profile.MEMBER_DUPLICATE, 2_000,
      Profile.MEMBER_REGISTERED, 35_000,
      Profile.MEMBER_AFFILIATED, 55_000,
      Profile.MEMBER_REGISTERED_AFFILIATED, 2_000,
      Profile.REGISTERED, 142_000,
      Profile.AFFILIATED, 64_000,
      Profile.REGISTERED_AFFILIATED, 4_000));

  private final int people;
  private final int[] start = new int[Profile.values().length + 1];

  Shape(int people) {
    if (people < 1 || people > MAX_PEOPLE) {
      throw new IllegalArgumentException("a synthetic register has 1 to " + MAX_PEOPLE + " people, not " + people);
    }
    this.people = people;
    int[] counts = new int[Profile.values().length];
    long others = 0;
    for (Profile profile : Profile.values()) {
      if (profile != Profile.MEMBER) {
        long count = scale(AT_REFERENCE.get(profile), people);
        if (profile == Profile.MEMBER_FAMILY) {
          count -= count % 2; // families are pairs
        }
        counts[profile.ordinal()] = (int) count;
        others += count;
      }
    }
    if (others > people) { // only for a handful of people: keep the plain members, drop the rest
      java.util.Arrays.fill(counts, 0);
      others = 0;
    }
    counts[Profile.MEMBER.ordinal()] = (int) (people - others);
    for (int i = 0; i < counts.length; i++) {
      start[i + 1] = start[i] + counts[i];
    }
  }

  /** {@code atReference} people of {@value #REFERENCE_PEOPLE}, scaled to {@code people} and rounded half up. */
  static long scale(long atReference, long people) {
    return (atReference * people + REFERENCE_PEOPLE / 2) / REFERENCE_PEOPLE;
  }

  int people() {
    return people;
  }

  int count(Profile profile) {
    return start[profile.ordinal() + 1] - start[profile.ordinal()];
  }

  /** The first person of the profile. */
  int first(Profile profile) {
    return start[profile.ordinal()];
  }

  Profile profileOf(int person) {
    for (Profile profile : Profile.values()) {
      if (person < start[profile.ordinal() + 1]) {
        return profile;
      }
    }
    throw new IndexOutOfBoundsException("person " + person + " of " + people);
  }
}
