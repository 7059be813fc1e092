package org.scrutineer.electorate.synthetic;

/**
 * Which records one invented person holds, and the near-duplicates built on purpose. Every person
 * has exactly one profile; {@link Shape} says how many of each.
 */
enum Profile {
  /** A member and nothing else. */
  MEMBER(true, false, false),
  /** A member sharing a household e-mail with the next person, also a member (people come in pairs). */
  MEMBER_FAMILY(true, false, false),
  /** A member with a second member record: joined again with another e-mail, same name and postcode. */
  MEMBER_DUPLICATE(true, false, false),
  MEMBER_REGISTERED(true, true, false),
  MEMBER_AFFILIATED(true, false, true),
  MEMBER_REGISTERED_AFFILIATED(true, true, true),
  REGISTERED(false, true, false),
  AFFILIATED(false, false, true),
  REGISTERED_AFFILIATED(false, true, true);

  final boolean member;
  final boolean registered;
  final boolean affiliated;

  Profile(boolean member, boolean registered, boolean affiliated) {
    this.member = member;
    this.registered = registered;
    this.affiliated = affiliated;
  }
}
