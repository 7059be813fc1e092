package org.scrutineer.nominations.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.contest.Timestamps;
import org.scrutineer.nominations.parliamentary.NominationDecision;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.OneNominationRule;
import org.scrutineer.nominations.parliamentary.ParliamentaryDecisions;
import org.scrutineer.nominations.result.CandidateOutcome;
import org.scrutineer.nominations.result.Check;
import org.scrutineer.nominations.result.ContestStatus;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.result.RouteOutcome;
import org.scrutineer.nominations.result.Standing;
import org.scrutineer.nominations.result.Whole;
import org.scrutineer.nominations.rules.AffiliateRoute;
import org.scrutineer.nominations.rules.ClpRoute;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.rules.ParliamentaryRule;
import org.scrutineer.nominations.rules.SupportRequirement;
import org.scrutineer.nominations.rules.Variant;
import org.scrutineer.nominations.supporting.OneSupportingNominationRule;
import org.scrutineer.nominations.supporting.SupportTally;
import org.scrutineer.nominations.supporting.SupportingDecisions;

/**
 * Counting nominations is a function: {@link #count} decides every nomination by the
 * one-per-nominator rules ({@link OneNominationRule}, {@link OneSupportingNominationRule}), then
 * applies the thresholds of the {@link NominationRules} to each declared candidate:
 *
 * <ol>
 *   <li>A candidate who withdrew is not nominated.
 *   <li>In a challenge where the incumbent is {@link IncumbentRule#AUTOMATIC_WHEN_CHALLENGED}, the
 *       incumbent is nominated if at least one challenger is, and otherwise not challenged.
 *   <li>Anyone else is nominated when they pass the parliamentary threshold and, if the rules
 *       require supporting nominations, the routes the rules require (any one, or all).
 * </ol>
 *
 * Every threshold is reported with its numbers, passed or not, also where it is not needed.
 */
public final class Tally {
  private Tally() {}

  /** Who is validly nominated under {@code rules}, and why. Inputs are not changed. */
  public static NominationResult count(NominationInput input, NominationRules rules) {
    Contest contest = rules.contest();
    ParliamentaryRule parliamentaryRule = rules.parliamentary();
    ParliamentaryDecisions parliamentary = OneNominationRule.decide(
        input.register(), input.nominations(), input.withdrawals(), contest, parliamentaryRule.nominators());
    SupportingDecisions supporting = OneSupportingNominationRule.decide(input.clps(), input.affiliates(), contest);
    Whole whole = whole(input.register(), parliamentaryRule);
    Counter counter = new Counter(rules, input.register(), parliamentary, supporting, whole);

    List<CandidateOutcome> challengers = new ArrayList<>();
    for (Candidate candidate : contest.candidates()) {
      if (!automaticIncumbent(rules, candidate)) {
        challengers.add(counter.outcome(candidate));
      }
    }
    List<String> nominatedChallengers = challengers.stream().filter(CandidateOutcome::nominated).map(CandidateOutcome::candidate).toList();
    List<CandidateOutcome> outcomes = new ArrayList<>();
    for (Candidate candidate : contest.candidates()) {
      outcomes.add(automaticIncumbent(rules, candidate)
          ? counter.incumbentOutcome(candidate, nominatedChallengers)
          : challengers.stream().filter(o -> o.candidate().equals(candidate.name())).findFirst().orElseThrow());
    }
    List<String> nominated = outcomes.stream().filter(CandidateOutcome::nominated)
        .map(o -> o.candidate() + (o.incumbent() ? " (incumbent)" : "")).toList();
    ContestStatus status;
    String explanation;
    Optional<Candidate> incumbent = contest.incumbent();
    if (outcomes.stream().anyMatch(o -> o.standing() == Standing.NOT_CHALLENGED)) {
      status = ContestStatus.NOT_CHALLENGED;
      explanation = "no challenger is validly nominated: there is no ballot and " + incumbent.orElseThrow().name() + " remains leader";
    } else if (nominated.size() >= 2) {
      status = ContestStatus.BALLOT;
      explanation = "ballot: " + and(nominated);
    } else if (nominated.size() == 1) {
      status = ContestStatus.UNOPPOSED;
      explanation = "only " + nominated.get(0) + " is validly nominated: unopposed, no ballot is needed";
    } else {
      status = ContestStatus.NO_CANDIDATE;
      explanation = "no candidate is validly nominated";
    }
    return new NominationResult(rules, whole, outcomes, status, explanation, parliamentary, supporting);
  }

  private static boolean automaticIncumbent(NominationRules rules, Candidate candidate) {
    return candidate.incumbent() && !candidate.withdrew() && rules.variant() == Variant.CHALLENGE
        && rules.incumbent() == IncumbentRule.AUTOMATIC_WHEN_CHALLENGED;
  }

  private static Whole whole(NominatorRegister register, ParliamentaryRule rule) {
    Map<NominatorKind, Long> byKind = register.countByKind();
    List<NominatorKind> kinds = rule.nominators().stream().sorted().toList();
    long onRegister = register.count(rule.nominators());
    String listed = onRegister + " " + kindsNoun(rule.nominators())
        + (kinds.size() > 1 ? " (" + String.join(", ", kinds.stream().map(k -> byKind.get(k) + " " + k.plural()).toList()) + ")" : "");
    if (rule.fixedWhole().isPresent()) {
      long fixed = rule.fixedWhole().getAsLong();
      return new Whole(fixed, fixed + ", fixed by the rules (the register lists " + listed + ")");
    }
    return new Whole(onRegister, listed + " on the register");
  }

  /** {@code MPs and MEPs}. */
  static String kindsNoun(Set<NominatorKind> kinds) {
    return and(kinds.stream().sorted().map(NominatorKind::plural).toList());
  }

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The per-candidate part of a count. */
  private record Counter(
      NominationRules rules,
      NominatorRegister register,
      ParliamentaryDecisions parliamentary,
      SupportingDecisions supporting,
      Whole whole) {

    CandidateOutcome outcome(Candidate candidate) {
      Parts parts = parts(candidate);
      List<String> why = new ArrayList<>();
      if (candidate.withdrew()) {
        why.add("withdrew from the contest at " + Timestamps.show(candidate.withdrewAt().orElseThrow()));
        return parts.outcome(Standing.WITHDREW, why);
      }
      why.add("parliamentary: " + parts.parliamentary().explanation());
      boolean supported = supportingSatisfied(parts.routes(), why);
      boolean nominated = parts.parliamentary().passed() && supported;
      return parts.outcome(nominated ? Standing.NOMINATED : Standing.NOT_NOMINATED, why);
    }

    CandidateOutcome incumbentOutcome(Candidate candidate, List<String> nominatedChallengers) {
      Parts parts = parts(candidate);
      List<String> why = new ArrayList<>();
      if (nominatedChallengers.isEmpty()) {
        why.add("incumbent leader, on the ballot automatically only when challenged: no challenger is validly nominated,"
            + " so there is no contest and the incumbent remains leader");
        why.add("for information, parliamentary: " + parts.parliamentary().explanation());
        return parts.outcome(Standing.NOT_CHALLENGED, why);
      }
      why.add("incumbent leader, challenged by " + and(nominatedChallengers) + ": on the ballot automatically"
          + " (rules: " + IncumbentRule.AUTOMATIC_WHEN_CHALLENGED.code() + "), no nominations needed");
      why.add("for information, parliamentary: " + parts.parliamentary().explanation());
      return parts.outcome(Standing.NOMINATED, why);
    }

    /** Whether the supporting requirement is met; adds one sentence per route to {@code why}. */
    private boolean supportingSatisfied(List<RouteOutcome> routes, List<String> why) {
      SupportRequirement required = rules.supporting().required();
      for (RouteOutcome route : routes) {
        why.add((required == SupportRequirement.NONE ? "for information, " : "") + route.route() + " "
            + (route.passed() ? "passed" : "not passed") + ": "
            + String.join("; ", route.checks().stream().map(Check::explanation).toList()));
      }
      switch (required) {
        case NONE:
          why.add("supporting nominations: counted, not required");
          return true;
        case ANY_ROUTE:
          boolean any = routes.stream().anyMatch(RouteOutcome::passed);
          why.add("supporting nominations: one route needed, " + (any ? "passed" : "none passed"));
          return any;
        case ALL_ROUTES:
          boolean all = routes.stream().allMatch(RouteOutcome::passed);
          why.add("supporting nominations: every route needed, " + (all ? "all passed" : "not all passed"));
          return all;
        default:
          throw new IllegalStateException("unknown requirement " + required);
      }
    }

    private Parts parts(Candidate candidate) {
      List<NominationDecision> counted = parliamentary.countedFor(candidate.name());
      long meps = counted.stream()
          .filter(d -> register.find(d.nomination().nominatorId()).orElseThrow().kind() == NominatorKind.MEP)
          .count();
      long mps = counted.size() - meps;
      ParliamentaryRule rule = rules.parliamentary();
      long needed = rule.threshold().needed(whole.count());
      Check check = new Check("parliamentary", needed, counted.size(),
          threshold(needed, whole.count(), kindsNoun(rule.nominators()), rule.threshold().describe(whole.count()), counted.size()));
      SupportTally support = supporting.tallyFor(candidate.name());
      List<RouteOutcome> routes = new ArrayList<>();
      rules.supporting().clp().ifPresent(route -> routes.add(clpRoute(route, support)));
      rules.supporting().affiliates().ifPresent(route -> routes.add(affiliateRoute(route, support)));
      return new Parts(candidate, mps, meps, check, support, routes);
    }

    private static RouteOutcome clpRoute(ClpRoute route, SupportTally support) {
      long needed = route.threshold().needed(route.clps());
      return new RouteOutcome("CLP route", List.of(new Check("CLPs", needed, support.clps(),
          threshold(needed, route.clps(), "CLPs", route.threshold().describe(route.clps()), support.clps()))));
    }

    private static RouteOutcome affiliateRoute(AffiliateRoute route, SupportTally support) {
      long members = route.membership().needed(route.affiliatedMembership());
      return new RouteOutcome("affiliate route", List.of(
          new Check("affiliates", route.minimumAffiliates(), support.affiliates(),
              atLeast(route.minimumAffiliates(), "affiliates", support.affiliates())),
          new Check("trade unions", route.minimumTradeUnions(), support.tradeUnions(),
              atLeast(route.minimumTradeUnions(), "of them trade unions", support.tradeUnions())),
          new Check("affiliated members", members, support.affiliatedMembers(),
              threshold(members, route.affiliatedMembership(), "affiliated members",
                  route.membership().describe(route.affiliatedMembership()), support.affiliatedMembers()))));
    }
  }

  /** {@code 51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 172}, {@code …: has 12, 39 short}. */
  private static String threshold(long needed, long whole, String noun, String arithmetic, long has) {
    return number(needed) + " of " + number(whole) + " " + noun + " needed (" + arithmetic + "): has " + number(has) + shortBy(needed, has);
  }

  /** {@code at least 3 affiliates needed: has 4}. */
  private static String atLeast(long needed, String noun, long has) {
    return "at least " + number(needed) + " " + noun + " needed: has " + number(has) + shortBy(needed, has);
  }

  private static String shortBy(long needed, long has) {
    return has >= needed ? "" : ", " + number(needed - has) + " short";
  }

  private record Parts(Candidate candidate, long mps, long meps, Check parliamentary, SupportTally support, List<RouteOutcome> routes) {
    CandidateOutcome outcome(Standing standing, List<String> why) {
      return new CandidateOutcome(candidate.name(), candidate.incumbent(), standing, why, mps, meps, parliamentary, support, routes);
    }
  }
}
