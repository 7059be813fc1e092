package org.scrutineer.electorate.synthetic;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.scrutineer.electorate.register.Vetting;
import org.scrutineer.electorate.synthetic.Individual.Affiliation;
import org.scrutineer.electorate.synthetic.Individual.Application;
import org.scrutineer.electorate.synthetic.Individual.Link;
import org.scrutineer.electorate.synthetic.Individual.Membership;

/** Counts what the generator builds, person by person, into a {@link Summary}. */
final class Tally {
  private final Shape shape;
  private long memberRecords;
  private long joinedAfterFreeze;
  private long joinedAfterFreezeByNecDecision;
  private long inArrears;
  private long lapsed;
  private long resigned;
  private long expelled;
  private long suspended;
  private long applications;
  private long appliedAfterWindow;
  private long paidFeeInWindow;
  private long paidLate;
  private long paidOldFee;
  private long neverPaid;
  private long supporterFailedVetting;
  private long supporterPendingVetting;
  private long affiliatedRecords;
  private final Map<String, Long> byAffiliate = new TreeMap<>();
  private long afterCutoff;
  private long affiliateFailedVetting;
  private long affiliatePendingVetting;
  private long twoAffiliates;
  private long linkedByEmail;
  private long linkedByNumber;
  private long notLinked;
  private long unlinkedPeople;
  private long exclusions;

  Tally(Shape shape) {
    this.shape = shape;
  }

  void add(Individual individual) {
    member(individual.member);
    member(individual.duplicate);
    if (individual.registered != null) {
      registered(individual.registered);
    }
    affiliated(individual.affiliated);
    affiliated(individual.affiliatedAgain);
    if (individual.affiliatedAgain != null) {
      twoAffiliates++;
    }
    link(individual.registeredLink);
    link(individual.affiliatedLink);
    if (individual.hasUnlinkedRecord() && individual.duplicate == null) {
      unlinkedPeople++;
    }
    if (individual.exclusion != null) {
      exclusions++;
    }
  }

  private void member(Membership membership) {
    if (membership == null) {
      return;
    }
    memberRecords++;
    if (membership.joinedOn().isAfter(Contest2016.FREEZE_DATE)) {
      joinedAfterFreeze++;
      if (!membership.joinedOn().isAfter(Contest2016.NEC_DECISION)) {
        joinedAfterFreezeByNecDecision++;
      }
    }
    switch (membership.status()) {
      case LAPSED -> lapsed++;
      case RESIGNED -> resigned++;
      case EXPELLED -> expelled++;
      case ACTIVE -> {
        if (membership.paidUpTo().isBefore(Contest2016.REFERENCE_DATE)) {
          inArrears++;
        }
      }
    }
    if (membership.suspension().isPresent()) {
      suspended++;
    }
  }

  private void registered(Application application) {
    applications++;
    if (application.appliedAt().isAfter(Contest2016.WINDOW_CLOSES)) {
      appliedAfterWindow++;
    }
    if (application.paidAt().isEmpty()) {
      neverPaid++;
    } else {
      Instant paid = application.paidAt().get();
      boolean inWindow = !paid.isAfter(Contest2016.WINDOW_CLOSES);
      if (application.amountPence() < Contest2016.FEE_PENCE) {
        paidOldFee++;
      } else if (inWindow) {
        paidFeeInWindow++;
      } else {
        paidLate++;
      }
    }
    if (application.vetting() == Vetting.FAILED) {
      supporterFailedVetting++;
    } else if (application.vetting() == Vetting.PENDING) {
      supporterPendingVetting++;
    }
  }

  private void affiliated(Affiliation affiliation) {
    if (affiliation == null) {
      return;
    }
    affiliatedRecords++;
    byAffiliate.merge(Affiliates.code(affiliation.affiliate()), 1L, Long::sum);
    if (affiliation.registeredOn().isAfter(Contest2016.AFFILIATE_CUTOFF)) {
      afterCutoff++;
    }
    if (affiliation.vetting() == Vetting.FAILED) {
      affiliateFailedVetting++;
    } else if (affiliation.vetting() == Vetting.PENDING) {
      affiliatePendingVetting++;
    }
  }

  private void link(Link link) {
    if (link == null) {
      return;
    }
    switch (link) {
      case EMAIL, EMAIL_OTHER_CASE -> linkedByEmail++;
      case NUMBER -> linkedByNumber++;
      case NONE -> notLinked++;
    }
  }

  Summary summary() {
    return new Summary(
        shape.people(),
        Geography.clps().size(),
        Geography.regionCount(),
        new Summary.Members(memberRecords, joinedAfterFreeze, joinedAfterFreezeByNecDecision, inArrears, lapsed, resigned, expelled, suspended),
        new Summary.RegisteredSupporters(applications, appliedAfterWindow, paidFeeInWindow, paidLate, paidOldFee, neverPaid, supporterFailedVetting, supporterPendingVetting),
        new Summary.AffiliatedSupporters(affiliatedRecords, byAffiliate, afterCutoff, affiliateFailedVetting, affiliatePendingVetting, twoAffiliates),
        new Summary.Overlaps(
            shape.count(Profile.MEMBER_REGISTERED) + shape.count(Profile.MEMBER_REGISTERED_AFFILIATED),
            shape.count(Profile.MEMBER_AFFILIATED) + shape.count(Profile.MEMBER_REGISTERED_AFFILIATED),
            shape.count(Profile.REGISTERED_AFFILIATED),
            linkedByEmail,
            linkedByNumber,
            notLinked),
        new Summary.NearDuplicates(shape.count(Profile.MEMBER_DUPLICATE), shape.count(Profile.MEMBER_FAMILY) / 2, unlinkedPeople),
        exclusions);
  }
}
