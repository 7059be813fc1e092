package org.scrutineer.nominations.supporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.contest.Timestamps;

/**
 * Which supporting nomination counts for each CLP and each affiliate: at most one.
 *
 * <p>A supporting nomination is <em>valid</em> when, in this order: (CLPs only) its meeting was on
 * or before the supporting nominations' last day, if the contest has one; it names a declared
 * candidate (exactly); that candidate has not withdrawn. An invalid one never counts and never takes
 * the place of another.
 *
 * <p>A CLP nominates once: its valid nomination from its <em>earliest</em> meeting counts, and later
 * ones are rejected as already nominated. Two valid nominations on that earliest day are duplicates
 * when they name the same candidate (one counts) and conflicting when they do not (none counts, and
 * later meetings are still "already nominated": the CLP used its nomination, ambiguously).
 *
 * <p>An affiliate's rows carry no date, so there is no first: its valid rows count once when they
 * all agree (candidate, kind, membership), the others being duplicates; when they disagree, none
 * counts and each is conflicting, to be corrected in the input.
 */
public final class OneSupportingNominationRule {
  private static final Comparator<ClpNomination> CLP_ORDER =
      Comparator.comparing(ClpNomination::meetingOn)
          .thenComparing(ClpNomination::clp)
          .thenComparing(ClpNomination::candidate)
          .thenComparing(ClpNomination::source);
  private static final Comparator<AffiliateNomination> AFFILIATE_ORDER =
      Comparator.comparing(AffiliateNomination::affiliate)
          .thenComparing(AffiliateNomination::candidate)
          .thenComparing(AffiliateNomination::kind)
          .thenComparingLong(AffiliateNomination::affiliatedMembers)
          .thenComparing(AffiliateNomination::source);

  private OneSupportingNominationRule() {}

  /** Decides every supporting nomination. Inputs are unchanged; order does not matter. */
  public static SupportingDecisions decide(List<ClpNomination> clps, List<AffiliateNomination> affiliates, Contest contest) {
    return new SupportingDecisions(decideClps(clps, contest), decideAffiliates(affiliates, contest));
  }

  private static List<ClpDecision> decideClps(List<ClpNomination> clps, Contest contest) {
    List<ClpNomination> sorted = clps.stream().sorted(CLP_ORDER).toList();
    ClpDecision[] decided = new ClpDecision[sorted.size()];
    Map<String, List<Integer>> validByClp = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      ClpNomination nomination = sorted.get(i);
      Optional<Invalid> invalid = afterClose(nomination, contest).or(() -> candidateInvalidity(nomination.candidate(), contest));
      if (invalid.isPresent()) {
        decided[i] = new ClpDecision(nomination, invalid.get().reason(), invalid.get().why());
      } else {
        validByClp.computeIfAbsent(nomination.clp(), clp -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> valid : validByClp.values()) {
      LocalDate first = sorted.get(valid.get(0)).meetingOn();
      List<Integer> firstDay = valid.stream().filter(i -> sorted.get(i).meetingOn().equals(first)).toList();
      List<String> candidates = firstDay.stream().map(i -> sorted.get(i).candidate()).distinct().toList();
      ClpNomination counted = sorted.get(firstDay.get(0));
      for (int i : valid) {
        ClpNomination nomination = sorted.get(i);
        if (!nomination.meetingOn().equals(first)) {
          decided[i] = new ClpDecision(nomination, SupportReason.ALREADY_NOMINATED,
              "the CLP already nominated " + String.join(" and ", candidates) + " at its meeting on " + first + at(counted.source())
                  + "; a CLP makes one supporting nomination");
        } else if (candidates.size() > 1) {
          decided[i] = new ClpDecision(nomination, SupportReason.CONFLICTING,
              "the CLP also nominated " + String.join(" and ", candidates.stream().filter(c -> !c.equals(nomination.candidate())).toList())
                  + " on " + first + ": which it meant cannot be told, so none counts");
        } else if (i == firstDay.get(0)) {
          decided[i] = new ClpDecision(nomination, SupportReason.COUNTED,
              "counts for " + nomination.candidate() + ": the CLP's first valid supporting nomination");
        } else {
          decided[i] = new ClpDecision(nomination, SupportReason.DUPLICATE,
              "repeats the CLP's nomination that counts" + at(counted.source()));
        }
      }
    }
    return List.of(decided);
  }

  private static List<AffiliateDecision> decideAffiliates(List<AffiliateNomination> affiliates, Contest contest) {
    List<AffiliateNomination> sorted = affiliates.stream().sorted(AFFILIATE_ORDER).toList();
    AffiliateDecision[] decided = new AffiliateDecision[sorted.size()];
    Map<String, List<Integer>> validByAffiliate = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      AffiliateNomination nomination = sorted.get(i);
      Optional<Invalid> invalid = candidateInvalidity(nomination.candidate(), contest);
      if (invalid.isPresent()) {
        decided[i] = new AffiliateDecision(nomination, invalid.get().reason(), invalid.get().why());
      } else {
        validByAffiliate.computeIfAbsent(nomination.affiliate(), name -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> valid : validByAffiliate.values()) {
      AffiliateNomination counted = sorted.get(valid.get(0));
      boolean agree = valid.stream().map(sorted::get).allMatch(other -> sameNomination(other, counted));
      for (int i : valid) {
        AffiliateNomination nomination = sorted.get(i);
        if (!agree) {
          decided[i] = new AffiliateDecision(nomination, SupportReason.CONFLICTING,
              "the affiliate's " + valid.size() + " rows disagree ("
                  + String.join("; ", valid.stream().map(sorted::get).map(OneSupportingNominationRule::describe).toList())
                  + "): an affiliate makes one supporting nomination, so none counts until the input is corrected");
        } else if (i == valid.get(0)) {
          decided[i] = new AffiliateDecision(nomination, SupportReason.COUNTED,
              "counts for " + nomination.candidate() + ": the affiliate's supporting nomination ("
                  + nomination.kind().words() + ", " + String.format(Locale.ROOT, "%,d", nomination.affiliatedMembers())
                  + " affiliated members)");
        } else {
          decided[i] = new AffiliateDecision(nomination, SupportReason.DUPLICATE,
              "repeats the affiliate's nomination that counts" + at(counted.source()));
        }
      }
    }
    return List.of(decided);
  }

  private record Invalid(SupportReason reason, String why) {}

  private static Optional<Invalid> afterClose(ClpNomination nomination, Contest contest) {
    return contest.supportingClose()
        .filter(last -> nomination.meetingOn().isAfter(last))
        .map(last -> new Invalid(SupportReason.AFTER_CLOSE,
            "meeting on " + nomination.meetingOn() + ", after supporting nominations closed on " + last));
  }

  private static Optional<Invalid> candidateInvalidity(String name, Contest contest) {
    Optional<Candidate> candidate = contest.candidate(name);
    if (candidate.isEmpty()) {
      return Optional.of(new Invalid(SupportReason.NOT_A_CANDIDATE, contest.notACandidate(name)));
    }
    if (candidate.get().withdrew()) {
      return Optional.of(new Invalid(SupportReason.CANDIDATE_WITHDREW,
          name + " withdrew from the contest at " + Timestamps.show(candidate.get().withdrewAt().orElseThrow())));
    }
    return Optional.empty();
  }

  private static boolean sameNomination(AffiliateNomination a, AffiliateNomination b) {
    return a.candidate().equals(b.candidate()) && a.kind() == b.kind() && a.affiliatedMembers() == b.affiliatedMembers();
  }

  private static String describe(AffiliateNomination nomination) {
    return nomination.candidate() + ", " + nomination.kind().words() + ", " + nomination.affiliatedMembers() + " members"
        + at(nomination.source());
  }

  private static String at(String source) {
    return source.isEmpty() ? "" : " (" + source + ")";
  }
}
