package org.scrutineer.electorate.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;
import org.scrutineer.electorate.synthetic.Individual.Affiliation;
import org.scrutineer.electorate.synthetic.Individual.Application;
import org.scrutineer.electorate.synthetic.Individual.Link;
import org.scrutineer.electorate.synthetic.Individual.Membership;
import org.scrutineer.electorate.synthetic.Individual.Removal;

/**
 * Draws each person's records from the seed: when they joined, paid, applied, signed up, whether
 * they are in arrears, suspended or excluded. Probabilities are per million (docs/synthetic-register.md
 * gives each and its 2016 source or says it is invented); dates come from {@link Periods}.
 */
final class Individuals {
  /** British Summer Time, UTC+1, in force from 27 March to 30 October 2016. */
  private static final ZoneOffset BST = ZoneOffset.ofHours(1);

  // Members. About 130,000 of 540,000 joined after the freeze date; those who paid £25 as
  // registered supporters were mostly such new members, shut out as members.
  private static final int POST_FREEZE_IF_ALSO_REGISTERED = 800_000;
  private static final int POST_FREEZE_IF_ALSO_BOTH = 500_000;
  private static final int POST_FREEZE_IF_ALSO_AFFILIATED = 200_000;
  private static final int POST_FREEZE_OTHERWISE = 200_900;
  private static final int LAPSED = 30_000;
  private static final int RESIGNED = 6_000;
  private static final int EXPELLED = 500;
  private static final int IN_ARREARS = 35_000;
  private static final int PAYS_MONTHLY = 600_000;
  private static final int SUSPENDED = 741; // about 400 of 540,000
  private static final int SUSPENSION_OPEN_ENDED = 600_000;
  private static final int DUPLICATE_IS_OLD_LAPSED = 500_000;

  private static final Periods JOINED_BY_FREEZE = Periods.builder()
      .add("1950-01-01", "1979-12-31", 5)
      .add("1980-01-01", "1996-12-31", 9)
      .add("1997-01-01", "2009-12-31", 15)
      .add("2010-01-01", "2015-05-07", 20) // about 200,000 members at the 2015 general election
      .add("2015-05-08", "2015-09-12", 25) // the 2015 leadership contest
      .add("2015-09-13", "2016-01-12", 26) // after Corbyn's election: "380,000-plus" by the freeze date
      .build();
  private static final Periods JOINED_AFTER_FREEZE = Periods.builder()
      .add("2016-01-13", "2016-06-23", 25)
      .add("2016-06-24", "2016-07-12", 45) // the referendum, resignations and the challenge
      .add("2016-07-13", "2016-08-08", 25)
      .add("2016-08-09", "2016-08-21", 5)
      .build();
  private static final Periods REJOINED = Periods.builder().add("2015-05-08", "2016-08-08", 1).build();
  private static final Periods OLD_MEMBERSHIP = Periods.builder().add("1985-01-01", "2012-12-31", 1).build();
  private static final Weighted<String> SUSPENSION_REASONS = Weighted.<String>builder()
      .add("administrative suspension pending investigation (rule 2.I.8)", 4)
      .add("offensive posts on social media under investigation", 3)
      .add("abusive behaviour at a CLP meeting", 2)
      .add("alleged support for a candidate standing against Labour", 1)
      .add("alleged membership of another party", 1)
      .build();

  // Registered supporters: 183,541 applied in the 48 hours; 3,791 did not pay; about 21,000 did
  // not match the electoral roll; 1,616 cases were still being decided in September.
  private static final long HOUR = 3600;
  private static final long WINDOW = Contest2016.WINDOW_CLOSES.getEpochSecond() - Contest2016.WINDOW_OPENS.getEpochSecond();
  private static final Weighted<long[]> APPLIED = Weighted.<long[]>builder()
      .add(new long[] {0, 6 * HOUR - 1}, 34) // the first evening's rush
      .add(new long[] {6 * HOUR, 42 * HOUR - 1}, 40)
      .add(new long[] {42 * HOUR, WINDOW}, 22) // the last hours
      .add(new long[] {WINDOW + 1, 96 * HOUR}, 4) // applied after the window had closed
      .build();
  private static final int NEVER_PAID = 21_000;
  private static final int PAID_OLD_FEE = 5_000;
  private static final int PAID_HOURS_LATER = 40_000;
  private static final int LATE_APPLICANT_NEVER_PAID = 150_000;
  private static final int SUPPORTER_FAILED_VETTING = 114_000;
  private static final int SUPPORTER_PENDING_VETTING = 9_000;

  // Affiliated supporters: some carried over from 2015, most signed up before the 8 August cut-off.
  private static final Periods AFFILIATED_ON = Periods.builder()
      .add("2015-06-01", "2016-07-12", 25)
      .add("2016-07-13", "2016-07-31", 30)
      .add("2016-08-01", "2016-08-08", 41) // the unions' last-week drives
      .add("2016-08-09", "2016-08-19", 4) // after the cut-off
      .build();
  private static final int AFFILIATE_FAILED_VETTING = 30_000;
  private static final int AFFILIATE_PENDING_VETTING = 10_000;
  private static final int SECOND_AFFILIATE = 15_000;
  private static final int UNION_STYLE = 300_000;

  // How a second record shows whose it is.
  private static final Weighted<Link> LINK_TO_MEMBER = Weighted.<Link>builder()
      .add(Link.EMAIL, 600).add(Link.EMAIL_OTHER_CASE, 100).add(Link.NUMBER, 220).add(Link.NONE, 80).build();
  private static final Weighted<Link> LINK_TO_SUPPORTER = Weighted.<Link>builder()
      .add(Link.EMAIL, 800).add(Link.EMAIL_OTHER_CASE, 120).add(Link.NONE, 80).build();

  // Exclusions: 3,107 ruled ineligible for breaches of party rules (Labour, 7 September 2016).
  private static final int EXCLUDED_MEMBER = 2_685; // about 1,450 of 540,000
  private static final int EXCLUDED_SUPPORTER = 8_562; // about 1,250 of 146,000
  private static final int EXCLUDED_AFFILIATED = 6_250; // about 400 of 64,000
  private static final Weighted<String> ABUSE = Weighted.<String>builder()
      .add("abusive or intimidating behaviour towards other members", 3)
      .add("abusive posts on social media", 3)
      .add("intimidation at a party meeting", 1)
      .build();
  private static final Weighted<String> OTHER_PARTY = Weighted.<String>builder()
      .add("support for another party (Green Party)", 4)
      .add("support for another party (Trade Unionist and Socialist Coalition)", 2)
      .add("support for another party (Left Unity)", 1)
      .add("support for another party (Conservative Party)", 1)
      .add("support for another party (Liberal Democrats)", 1)
      .add("support for another party (Scottish National Party)", 1)
      .add("stood against a Labour candidate", 1)
      .build();
  private static final LocalDate FIRST_DECISION = LocalDate.of(2016, 8, 1);
  private static final LocalDate LAST_DECISION = LocalDate.of(2016, 9, 20);

  // Some long-standing members and some unions' members have no e-mail on file; whoever has a
  // second record linked by e-mail has one.
  private static final int HAS_EMAIL_MEMBER = 980_000;
  private static final int HAS_EMAIL_AFFILIATED = 940_000;

  private final Shape shape;
  private final long seed;

  Individuals(Shape shape, long seed) {
    this.shape = shape;
    this.seed = seed;
  }

  Individual of(int person) {
    Profile profile = shape.profileOf(person);
    Individual individual = new Individual(person, profile);
    Draw links = Draw.of(seed, Draw.Purpose.LINK, person);
    if (profile.member) {
      individual.member = membership(profile, Draw.of(seed, Draw.Purpose.MEMBER, person));
    }
    if (profile == Profile.MEMBER_DUPLICATE) {
      individual.duplicate = duplicate(Draw.of(seed, Draw.Purpose.DUPLICATE, person));
    }
    if (profile.registered) {
      individual.registered = application(Draw.of(seed, Draw.Purpose.REGISTERED, person));
      individual.registeredLink = profile.member ? LINK_TO_MEMBER.pick(links) : null;
    }
    if (profile.affiliated) {
      Draw draw = Draw.of(seed, Draw.Purpose.AFFILIATED, person);
      individual.affiliated = affiliation(Affiliates.pick(draw), draw);
      if (draw.chance(SECOND_AFFILIATE)) {
        individual.affiliatedAgain = affiliation(Affiliates.pickOther(individual.affiliated.affiliate(), draw), draw);
      }
      if (profile.member) {
        individual.affiliatedLink = LINK_TO_MEMBER.pick(links);
      } else if (profile.registered) {
        individual.affiliatedLink = LINK_TO_SUPPORTER.pick(links);
      }
    }
    int hasEmail = switch (profile) {
      case MEMBER -> HAS_EMAIL_MEMBER;
      case AFFILIATED -> HAS_EMAIL_AFFILIATED;
      default -> 1_000_000;
    };
    individual.hasEmail = Draw.of(seed, Draw.Purpose.EMAIL, person).chance(hasEmail);
    individual.exclusion = exclusion(individual.mainSection(), Draw.of(seed, Draw.Purpose.EXCLUSION, person)).orElse(null);
    return individual;
  }

  private static Membership membership(Profile profile, Draw draw) {
    int postFreeze = switch (profile) {
      case MEMBER_REGISTERED -> POST_FREEZE_IF_ALSO_REGISTERED;
      case MEMBER_REGISTERED_AFFILIATED -> POST_FREEZE_IF_ALSO_BOTH;
      case MEMBER_AFFILIATED -> POST_FREEZE_IF_ALSO_AFFILIATED;
      default -> POST_FREEZE_OTHERWISE;
    };
    boolean newMember = draw.chance(postFreeze);
    LocalDate joined = (newMember ? JOINED_AFTER_FREEZE : JOINED_BY_FREEZE).pick(draw);
    int second = draw.below(86_400);
    MemberStatus status = newMember ? MemberStatus.ACTIVE : status(draw);
    LocalDate paidUpTo = paidUpTo(joined, status, !newMember && draw.chance(IN_ARREARS), draw);
    Optional<Suspension> suspension = Optional.empty();
    if (status == MemberStatus.ACTIVE && draw.chance(SUSPENDED)) {
      LocalDate from = Periods.uniform(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 9, 10), draw);
      Optional<LocalDate> until = draw.chance(SUSPENSION_OPEN_ENDED) ? Optional.empty() : Optional.of(from.plusDays(draw.between(14, 150)));
      suspension = Optional.of(new Suspension(from, until, SUSPENSION_REASONS.pick(draw)));
    }
    return new Membership(joined, second, status, paidUpTo, suspension);
  }

  /** The second record of a member who joined twice: an old lapsed membership, or a new one with another e-mail. */
  private static Membership duplicate(Draw draw) {
    if (draw.chance(DUPLICATE_IS_OLD_LAPSED)) {
      LocalDate joined = OLD_MEMBERSHIP.pick(draw);
      return new Membership(joined, draw.below(86_400), MemberStatus.LAPSED, paidUpTo(joined, MemberStatus.LAPSED, false, draw), Optional.empty());
    }
    LocalDate joined = REJOINED.pick(draw);
    return new Membership(joined, draw.below(86_400), MemberStatus.ACTIVE, paidUpTo(joined, MemberStatus.ACTIVE, false, draw), Optional.empty());
  }

  private static MemberStatus status(Draw draw) {
    int roll = draw.below(1_000_000);
    if (roll < LAPSED) {
      return MemberStatus.LAPSED;
    }
    if (roll < LAPSED + RESIGNED) {
      return MemberStatus.RESIGNED;
    }
    return roll < LAPSED + RESIGNED + EXPELLED ? MemberStatus.EXPELLED : MemberStatus.ACTIVE;
  }

  /** Monthly payers are paid up to a day of the coming month, annual ones to their next anniversary. */
  private static LocalDate paidUpTo(LocalDate joined, MemberStatus status, boolean inArrears, Draw draw) {
    LocalDate reference = Contest2016.REFERENCE_DATE;
    return switch (status) {
      case LAPSED -> Periods.uniform(latest(joined, LocalDate.of(2012, 1, 1)), LocalDate.of(2016, 6, 30), draw);
      case RESIGNED, EXPELLED -> Periods.uniform(latest(joined, LocalDate.of(2014, 1, 1)), LocalDate.of(2016, 8, 1), draw);
      case ACTIVE -> {
        if (inArrears) {
          yield Periods.uniform(latest(joined, LocalDate.of(2015, 9, 1)), reference.minusDays(1), draw);
        }
        if (draw.chance(PAYS_MONTHLY)) {
          yield Periods.uniform(reference, reference.plusDays(30), draw);
        }
        LocalDate anniversary = joined.withYear(reference.getYear());
        yield anniversary.isBefore(reference) ? anniversary.plusYears(1) : anniversary;
      }
    };
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Application application(Draw draw) {
    long[] period = APPLIED.pick(draw);
    long offset = draw.between(period[0], period[1]);
    Instant applied = Contest2016.WINDOW_OPENS.plusSeconds(offset);
    boolean lateApplicant = offset > WINDOW;
    Optional<Instant> paid;
    long amount = Contest2016.FEE_PENCE;
    int roll = draw.below(1_000_000);
    if (lateApplicant ? roll < LATE_APPLICANT_NEVER_PAID : roll < NEVER_PAID) {
      paid = Optional.empty();
      amount = 0;
    } else if (!lateApplicant && roll < NEVER_PAID + PAID_HOURS_LATER) {
      paid = Optional.of(applied.plusSeconds(draw.between(HOUR, 60 * HOUR)));
    } else {
      paid = Optional.of(applied.plusSeconds(draw.between(20, 1800)));
      if (!lateApplicant && roll < NEVER_PAID + PAID_HOURS_LATER + PAID_OLD_FEE) {
        amount = Contest2016.OLD_FEE_PENCE;
      }
    }
    // Unpaid applications were never vetted.
    Vetting vetting = paid.isEmpty() ? Vetting.PENDING : vetting(SUPPORTER_FAILED_VETTING, SUPPORTER_PENDING_VETTING, draw);
    return new Application(applied, paid, amount, vetting);
  }

  private static Affiliation affiliation(int affiliate, Draw draw) {
    LocalDate on = AFFILIATED_ON.pick(draw);
    return new Affiliation(affiliate, on, draw.below(86_400), vetting(AFFILIATE_FAILED_VETTING, AFFILIATE_PENDING_VETTING, draw), draw.chance(UNION_STYLE));
  }

  private static Vetting vetting(int failed, int pending, Draw draw) {
    int roll = draw.below(1_000_000);
    if (roll < failed) {
      return Vetting.FAILED;
    }
    return roll < failed + pending ? Vetting.PENDING : Vetting.PASSED;
  }

  /** A removed vote, against the person's main record: for abuse, or for support of another party. */
  private static Optional<Removal> exclusion(Section main, Draw draw) {
    int chance = switch (main) {
      case MEMBER -> EXCLUDED_MEMBER;
      case REGISTERED_SUPPORTER -> EXCLUDED_SUPPORTER;
      case AFFILIATED_SUPPORTER -> EXCLUDED_AFFILIATED;
    };
    if (!draw.chance(chance)) {
      return Optional.empty();
    }
    int abuseShare = switch (main) {
      case MEMBER -> 650_000;
      case REGISTERED_SUPPORTER -> 350_000;
      case AFFILIATED_SUPPORTER -> 500_000;
    };
    String reason = (draw.chance(abuseShare) ? ABUSE : OTHER_PARTY).pick(draw);
    LocalDate day = Periods.uniform(FIRST_DECISION, LAST_DECISION, draw);
    Instant at = LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).plusSeconds(draw.below(10 * 3600)).toInstant(BST);
    String panel = "NEC panel " + (char) ('A' + draw.below(6));
    return Optional.of(new Removal(main, reason, at, panel));
  }
}
