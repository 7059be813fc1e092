package org.scrutineer.electorate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.synthetic.Identities.Identity;
import org.scrutineer.electorate.synthetic.Individual.Affiliation;
import org.scrutineer.electorate.synthetic.Individual.Application;
import org.scrutineer.electorate.synthetic.Individual.Link;
import org.scrutineer.electorate.synthetic.Individual.Membership;

/**
 * A synthetic register shaped like the 2016 Labour leadership electorate (docs/synthetic-register.md):
 * the same for the same size and seed, byte for byte, on any JDK.
 *
 * <p>{@link #generate} decides, person by person, which records each holds and orders every extract
 * (membership numbers rise with the joining date, references with the application or sign-up),
 * keeping only a few numbers per person; the records themselves are made again when streamed out
 * by {@link #members} and the others, so a register of a million people needs about 25 MB of live
 * heap (measured: docs/synthetic-register.md).
 * {@link #extract} holds them all, for small registers.
 */
public final class SyntheticRegister {
  /** The size the 2016 proportions are stated for. */
  public static final int DEFAULT_PEOPLE = Shape.REFERENCE_PEOPLE;

  public static final int MAX_PEOPLE = Shape.MAX_PEOPLE;

  private static final int PERSON_BITS = 24;
  private static final long PERSON_MASK = (1L << PERSON_BITS) - 1;
  private static final long FIRST_JOINING_DAY = LocalDate.of(1950, 1, 1).toEpochDay();
  private static final long FIRST_AFFILIATION_DAY = LocalDate.of(2015, 1, 1).toEpochDay();

  private final Shape shape;
  private final Individuals individuals;
  private final Identities identities;
  private final Summary summary;
  // Each extract's rows in file order, as sort keys ending in the person (see the key methods).
  private final long[] memberOrder;
  private final long[] registeredOrder;
  private final long[] affiliatedOrder;
  private final long[] exclusionOrder;
  // Per person, the position of their record in its extract's order; -1 for none.
  private final int[] memberPosition;
  private final int[] registeredPosition;
  private final int[] affiliatedPosition;
  /** Per affiliate, the position of its first row in {@link #affiliatedOrder}. */
  private final int[] affiliateStart;

  private SyntheticRegister(Shape shape, long seed) {
    this.shape = shape;
    this.individuals = new Individuals(shape, seed);
    this.identities = new Identities(shape, seed);
    int people = shape.people();
    Tally tally = new Tally(shape);
    Keys members = new Keys(people);
    Keys registered = new Keys(people / 3 + 16);
    Keys affiliated = new Keys(people / 5 + 16);
    Keys exclusions = new Keys(people / 100 + 16);
    for (int person = 0; person < people; person++) {
      Individual individual = individuals.of(person);
      tally.add(individual);
      if (individual.member != null) {
        members.add(memberKey(individual.member, person, false));
      }
      if (individual.duplicate != null) {
        members.add(memberKey(individual.duplicate, person, true));
      }
      if (individual.registered != null) {
        registered.add(registeredKey(individual.registered, person));
      }
      if (individual.affiliated != null) {
        affiliated.add(affiliatedKey(individual.affiliated, person, false));
      }
      if (individual.affiliatedAgain != null) {
        affiliated.add(affiliatedKey(individual.affiliatedAgain, person, true));
      }
      if (individual.exclusion != null) {
        long second = individual.exclusion.decidedAt().getEpochSecond() - Contest2016.WINDOW_OPENS.getEpochSecond();
        exclusions.add(second << PERSON_BITS | person);
      }
    }
    this.summary = tally.summary();
    this.memberOrder = members.sorted();
    this.registeredOrder = registered.sorted();
    this.affiliatedOrder = affiliated.sorted();
    this.exclusionOrder = exclusions.sorted();
    this.memberPosition = positions(memberOrder, 1, people);
    this.registeredPosition = positions(registeredOrder, 0, people);
    this.affiliatedPosition = positions(affiliatedOrder, 1, people);
    this.affiliateStart = new int[Affiliates.count() + 1];
    Arrays.fill(affiliateStart, -1);
    for (int i = affiliatedOrder.length - 1; i >= 0; i--) {
      affiliateStart[(int) (affiliatedOrder[i] >>> 53)] = i;
    }
  }

  /**
   * Decides the register of {@code people} people for {@code seed}: which records each holds and
   * every extract's order (about a second per 100,000 people); the records stream out afterwards.
   *
   * @throws IllegalArgumentException unless 1 ≤ people ≤ {@value #MAX_PEOPLE}
   */
  public static SyntheticRegister generate(int people, long seed) {
    return new SyntheticRegister(new Shape(people), seed);
  }

  public Summary summary() {
    return summary;
  }

  /** The CLPs: the same 632 in 11 regions and nations whatever the size and seed. */
  public List<Clp> clps() {
    return Geography.clps();
  }

  /** Every member record, in membership-number order (numbers rise with the joining date). */
  public void members(Consumer<? super MemberRecord> each) {
    for (int i = 0; i < memberOrder.length; i++) {
      int person = (int) (memberOrder[i] >>> 1 & PERSON_MASK);
      boolean duplicate = (memberOrder[i] & 1) == 1;
      Individual individual = individuals.of(person);
      Membership membership = duplicate ? individual.duplicate : individual.member;
      Identity identity = identities.of(person, individual.hasEmail);
      each.accept(new MemberRecord(memberNumber(i), Identities.member(identity, duplicate), membership.joinedOn(), membership.status(), membership.paidUpTo(), membership.suspension()));
    }
  }

  /** Every registered-supporter application, in reference order (references rise with the time applied). */
  public void registeredSupporters(Consumer<? super RegisteredSupporterRecord> each) {
    for (int i = 0; i < registeredOrder.length; i++) {
      int person = (int) (registeredOrder[i] & PERSON_MASK);
      Individual individual = individuals.of(person);
      Application application = individual.registered;
      Identity identity = identities.of(person, individual.hasEmail);
      each.accept(new RegisteredSupporterRecord(
          registeredReference(i),
          Identities.supporter(identity, individual.registeredLink, false),
          statedNumber(individual.registeredLink, person),
          application.appliedAt(),
          application.paidAt(),
          application.amountPence(),
          application.vetting()));
    }
  }

  /** Every affiliated-supporter record, affiliate by affiliate in code order, then by sign-up. */
  public void affiliatedSupporters(Consumer<? super AffiliatedSupporterRecord> each) {
    for (int i = 0; i < affiliatedOrder.length; i++) {
      int person = (int) (affiliatedOrder[i] >>> 1 & PERSON_MASK);
      Individual individual = individuals.of(person);
      Affiliation affiliation = (affiliatedOrder[i] & 1) == 1 ? individual.affiliatedAgain : individual.affiliated;
      Identity identity = identities.of(person, individual.hasEmail);
      each.accept(new AffiliatedSupporterRecord(
          Affiliates.code(affiliation.affiliate()),
          affiliatedReference(affiliation.affiliate(), i),
          Identities.supporter(identity, individual.affiliatedLink, affiliation.unionStyle()),
          statedNumber(individual.affiliatedLink, person),
          affiliation.registeredOn(),
          affiliation.vetting()));
    }
  }

  /** Every exclusion, in the order decided; each against the person's main record. */
  public void exclusions(Consumer<? super Exclusion> each) {
    for (long key : exclusionOrder) {
      int person = (int) (key & PERSON_MASK);
      Individual individual = individuals.of(person);
      Individual.Removal removal = individual.exclusion;
      RecordKey record = switch (removal.section()) {
        case MEMBER -> RecordKey.member(memberNumber(memberPosition[person]));
        case REGISTERED_SUPPORTER -> RecordKey.registeredSupporter(registeredReference(registeredPosition[person]));
        case AFFILIATED_SUPPORTER -> RecordKey.affiliatedSupporter(
            Affiliates.code(individual.affiliated.affiliate()), affiliatedReference(individual.affiliated.affiliate(), affiliatedPosition[person]));
      };
      each.accept(new Exclusion(record, removal.reason(), removal.decidedAt(), removal.decidedBy()));
    }
  }

  /** All five extracts held in memory: for tests and small registers (a million people take gigabytes). */
  public Extract extract() {
    List<MemberRecord> members = new ArrayList<>();
    members(members::add);
    List<RegisteredSupporterRecord> registered = new ArrayList<>();
    registeredSupporters(registered::add);
    List<AffiliatedSupporterRecord> affiliated = new ArrayList<>();
    affiliatedSupporters(affiliated::add);
    List<Exclusion> exclusions = new ArrayList<>();
    exclusions(exclusions::add);
    return new Extract(Optional.of(clps()), Optional.of(members), Optional.of(registered), Optional.of(affiliated), Optional.of(exclusions));
  }

  private Optional<String> statedNumber(Link link, int person) {
    return link == Link.NUMBER ? Optional.of(memberNumber(memberPosition[person])) : Optional.empty();
  }

  /** Membership numbers in joining order from L1000001, as a membership system hands them out. */
  private static String memberNumber(int position) {
    return "L" + (1_000_001 + position);
  }

  private static String registeredReference(int position) {
    return "RS" + String.format(java.util.Locale.ROOT, "%07d", position + 1);
  }

  private String affiliatedReference(int affiliate, int position) {
    return Affiliates.reference(affiliate, position - affiliateStart[affiliate]);
  }

  /** Joining day (15 bits), second of the day (17), person (24), second record or not (1). */
  private static long memberKey(Membership membership, int person, boolean duplicate) {
    long day = membership.joinedOn().toEpochDay() - FIRST_JOINING_DAY;
    return day << 42 | (long) membership.secondOfDay() << 25 | (long) person << 1 | (duplicate ? 1 : 0);
  }

  /** Seconds after the window opened (19 bits), person (24). */
  private static long registeredKey(Application application, int person) {
    long second = application.appliedAt().getEpochSecond() - Contest2016.WINDOW_OPENS.getEpochSecond();
    return second << PERSON_BITS | person;
  }

  /** Affiliate (4 bits), day since 2015 (11), second of the day (17), person (24), second affiliate or not (1). */
  private static long affiliatedKey(Affiliation affiliation, int person, boolean again) {
    long day = affiliation.registeredOn().toEpochDay() - FIRST_AFFILIATION_DAY;
    return (long) affiliation.affiliate() << 53 | day << 42 | (long) affiliation.secondOfDay() << 25 | (long) person << 1 | (again ? 1 : 0);
  }

  /**
   * Per person, where their (first) record is in {@code order}: the person sits {@code shift}
   * bits up from the bottom of each key; second records (bit 0 set when shift is 1) are skipped.
   */
  private static int[] positions(long[] order, int shift, int people) {
    int[] positions = new int[people];
    Arrays.fill(positions, -1);
    for (int i = 0; i < order.length; i++) {
      if (shift == 1 && (order[i] & 1) == 1) {
        continue;
      }
      positions[(int) (order[i] >>> shift & PERSON_MASK)] = i;
    }
    return positions;
  }

  /** A growing array of sort keys. */
  private static final class Keys {
    private long[] keys;
    private int size;

    Keys(int capacity) {
      keys = new long[Math.max(16, capacity)];
    }

    void add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, keys.length + keys.length / 2);
      }
      keys[size++] = key;
    }

    long[] sorted() {
      long[] sorted = Arrays.copyOf(keys, size);
      keys = null;
      Arrays.sort(sorted);
      return sorted;
    }
  }
}
