package org.scrutineer.electorate.synthetic;

import java.util.Locale;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.synthetic.Individual.Link;

/**
 * Names, postcodes and e-mail addresses of invented people, and the contact each of their records
 * gives. Every address is under a domain reserved for examples (RFC 2606: {@code example.com},
 * {@code example.org}, {@code example.net}, {@code *.example}) and ends in the person's tag, a
 * number no one else has, so that two people share an address only where a family is built to.
 */
final class Identities {
  /** Tags are person numbers mixed by a bijection of [0, 10^7): 7,654,321 is prime to 10^7. */
  private static final long TAG_RANGE = 10_000_000L;

  private static final long TAG_MULTIPLIER = 7_654_321L;

  private static final Weighted<Integer> EMAIL_STYLE = Weighted.<Integer>builder().add(0, 40).add(1, 25).add(2, 15).add(3, 10).add(4, 10).build();
  private static final Weighted<String> DOMAIN = Weighted.<String>builder().add("example.com", 40).add("example.org", 30).add("example.net", 30).build();

  private final Shape shape;
  private final long seed;

  Identities(Shape shape, long seed) {
    this.shape = shape;
    this.seed = seed;
  }

  /**
   * @param clp index into {@link Geography#clps()}
   * @param email the person's own address; empty if they gave none
   */
  record Identity(String given, String surname, int clp, String postcode, long tag, String email) {
    String name() {
      return given + " " + surname;
    }

    String clpCode() {
      return Geography.clps().get(clp).code();
    }

    /** The address a supporter gives together with their membership number. */
    String workEmail() {
      return Names.forEmail(given) + "." + Names.forEmail(surname) + tag + "@work.example";
    }

    /** An address the person no longer uses, which an old or second record still holds. */
    String oldEmail() {
      return Names.forEmail(given) + Names.forEmail(surname).charAt(0) + tag + "@mail.example";
    }
  }

  /** @param hasEmail whether the person gave an e-mail address ({@link Individual#hasEmail}) */
  Identity of(int person, boolean hasEmail) {
    Profile profile = shape.profileOf(person);
    boolean secondOfFamily = profile == Profile.MEMBER_FAMILY && (person - shape.first(Profile.MEMBER_FAMILY)) % 2 == 1;
    Draw household = Draw.of(seed, Draw.Purpose.HOUSEHOLD, secondOfFamily ? person - 1 : person);
    int clp = Geography.clpOfPerson(household);
    String postcode = Geography.postcode(clp, household);
    String surname = Names.surname(household);
    Draw own = Draw.of(seed, Draw.Purpose.CONTACT, person);
    String given = Names.given(own);
    if (secondOfFamily) {
      String partner = Names.given(Draw.of(seed, Draw.Purpose.CONTACT, person - 1));
      while (given.equals(partner)) {
        given = Names.given(own);
      }
    }
    long tag = tag(person);
    String email;
    if (profile == Profile.MEMBER_FAMILY) {
      long firstTag = secondOfFamily ? tag(person - 1) : tag;
      email = Names.forEmail(surname) + ".family" + firstTag + "@home.example";
    } else {
      email = email(given, surname, tag, own);
      if (!hasEmail) {
        email = "";
      }
    }
    return new Identity(given, surname, clp, postcode, tag, email);
  }

  private long tag(int person) {
    return (person * TAG_MULTIPLIER + Math.floorMod(seed, TAG_RANGE)) % TAG_RANGE;
  }

  private static String email(String given, String surname, long tag, Draw draw) {
    String g = Names.forEmail(given);
    String s = Names.forEmail(surname);
    String local = switch (EMAIL_STYLE.pick(draw)) {
      case 0 -> g + "." + s;
      case 1 -> g.charAt(0) + s;
      case 2 -> g + s;
      case 3 -> s + "." + g;
      default -> g + "_" + s.charAt(0);
    };
    return local + tag + "@" + DOMAIN.pick(draw);
  }

  /** A member record's contact: the person's own details, or for a second membership an old address. */
  static Contact member(Identity identity, boolean duplicate) {
    return new Contact(identity.name(), duplicate ? identity.oldEmail() : identity.email(), identity.postcode(), identity.clpCode());
  }

  /** A supporter record's contact: the e-mail says, or does not say, whose record it is. */
  static Contact supporter(Identity identity, Link link, boolean unionStyle) {
    String email = link == null ? identity.email() : switch (link) {
      case EMAIL -> identity.email();
      case EMAIL_OTHER_CASE -> otherCase(identity.email());
      case NUMBER -> identity.workEmail();
      case NONE -> identity.oldEmail();
    };
    if (unionStyle) {
      return new Contact(identity.name().toUpperCase(Locale.ROOT), email, identity.postcode().replace(" ", ""), identity.clpCode());
    }
    return new Contact(identity.name(), email, identity.postcode(), identity.clpCode());
  }

  /** The same address as typed on another form: each part capitalised ("Anna.Khan12@Example.com"). */
  static String otherCase(String email) {
    StringBuilder out = new StringBuilder(email.length());
    boolean start = true;
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '@' || c == '_';
    }
    return out.toString();
  }
}
