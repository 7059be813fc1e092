package org.scrutineer.electorate.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Money;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Suspension;
import org.scrutineer.electorate.register.Vetting;
import org.scrutineer.electorate.rules.AffiliatedSupporterRules;
import org.scrutineer.electorate.rules.MemberRules;
import org.scrutineer.electorate.rules.RegisteredSupporterRules;
import org.scrutineer.electorate.rules.Ruleset;

/**
 * Applies a ruleset to people. For each record, every rule of its section is applied (all of them,
 * not just up to the first failure, so an explanation shows everything that stands in the way); a
 * record is eligible when all pass. Then the exclusions (a removed vote applies to the person in
 * every section), then precedence: the person votes once, in the first section of the ruleset's
 * precedence in which they hold an eligible record.
 *
 * <p>{@link #decide} and {@link #explain} run the same code; only {@code explain} writes the facts
 * out (a million people's facts would not fit comfortably in memory, nor are they needed to count).
 */
public final class Evaluator {
  private final Ruleset rules;

  public Evaluator(Ruleset rules) {
    this.rules = rules;
  }

  public Ruleset rules() {
    return rules;
  }

  /** Everyone's decision, in the register's (person-id) order; people are decided in parallel. */
  public Evaluation evaluate(LinkedRegister register) {
    List<Decision> decisions = register.people().parallelStream().map(this::decide).collect(Collectors.toList());
    return new Evaluation(rules.name(), decisions);
  }

  public Decision decide(Person person) {
    return apply(person, null);
  }

  public Explanation explain(Person person) {
    List<RuleOutcome> outcomes = new ArrayList<>();
    Decision decision = apply(person, outcomes);
    return new Explanation(decision, outcomes);
  }

  /** @param outcomes where to write each outcome with its facts; null to decide only */
  private Decision apply(Person person, List<RuleOutcome> outcomes) {
    Outcomes out = new Outcomes(outcomes);
    List<MembershipRecord> eligible = new ArrayList<>(2);
    for (MembershipRecord record : person.records()) {
      out.failedHere = false;
      if (record instanceof MemberRecord member) {
        member(member, out);
      } else if (record instanceof RegisteredSupporterRecord supporter) {
        registeredSupporter(supporter, out);
      } else if (record instanceof AffiliatedSupporterRecord affiliated) {
        affiliatedSupporter(affiliated, out);
      }
      if (!out.failedHere) {
        eligible.add(record);
      }
    }
    boolean excluded = exclusions(person, out);
    Optional<MembershipRecord> votesAs = Optional.empty();
    if (!excluded) {
      for (Section section : rules.precedence()) {
        Optional<MembershipRecord> first = eligible.stream().filter(record -> record.section() == section).findFirst();
        if (first.isPresent()) {
          votesAs = first;
          break;
        }
      }
    }
    if (votesAs.isPresent()) {
      MembershipRecord chosen = votesAs.get();
      out.check(Rule.PRECEDENCE, null, true, () -> precedenceFacts(chosen, eligible));
    }
    return new Decision(
        person.id(),
        person.clp(),
        votesAs.map(MembershipRecord::section),
        votesAs.map(MembershipRecord::key),
        votesAs.isPresent() ? List.of() : List.copyOf(out.failed));
  }

  private static String precedenceFacts(MembershipRecord chosen, List<MembershipRecord> eligible) {
    String also = eligible.stream().filter(record -> record != chosen).map(record -> record.key().toString()).collect(Collectors.joining(", "));
    return "votes as " + chosen.section() + " through " + chosen.key() + (also.isEmpty() ? "" : "; also eligible through " + also + ", but each person votes once");
  }

  private boolean exclusions(Person person, Outcomes out) {
    List<Exclusion> exclusions = person.exclusions();
    if (exclusions.isEmpty()) {
      out.check(Rule.EXCLUSION, null, true, () -> "none recorded");
      return false;
    }
    if (!rules.exclusionsApply()) {
      out.check(Rule.EXCLUSION, null, true, () -> exclusions.size() + " recorded, but this ruleset does not apply exclusions");
      return false;
    }
    out.check(
        Rule.EXCLUSION,
        null,
        false,
        () -> exclusions.stream().map(e -> "vote removed (" + e.reason() + "), decided " + e.decidedAt() + " by " + e.decidedBy() + ", against " + e.record()).collect(Collectors.joining("; ")));
    return true;
  }

  private void member(MemberRecord member, Outcomes out) {
    MemberRules r = rules.members();
    RecordKey key = member.key();
    LocalDate day = rules.referenceDate();
    if (!sectionEnabled(r.enabled(), key, out)) {
      return;
    }
    Set<MemberStatus> statuses = r.statuses();
    out.check(Rule.MEMBER_STATUS, key, statuses.contains(member.status()), () -> "standing " + member.status() + (statuses.contains(member.status()) ? "" : "; may vote: " + (statuses.isEmpty() ? "none" : statuses.stream().sorted().map(MemberStatus::key).collect(Collectors.joining(", ")))));
    r.freezeDate().ifPresent(freeze -> {
      boolean before = !member.joinedOn().isAfter(freeze);
      out.check(Rule.FREEZE_DATE, key, before, () -> "joined " + member.joinedOn() + (before ? ", on or before" : ", after") + " the freeze date " + freeze);
    });
    r.minimumMonths().ifPresent(months -> {
      long had = member.joinedOn().isAfter(day) ? 0 : ChronoUnit.MONTHS.between(member.joinedOn(), day);
      boolean enough = !member.joinedOn().isAfter(day.minusMonths(months));
      out.check(Rule.MINIMUM_MEMBERSHIP, key, enough, () -> "joined " + member.joinedOn() + ": " + had + " whole months by " + day + ", " + months + " needed");
    });
    LocalDate paidFrom = day.minusDays(r.arrearsGraceDays());
    boolean paid = !member.paidUpTo().isBefore(paidFrom);
    out.check(Rule.ARREARS, key, paid, () -> "paid up to " + member.paidUpTo() + (paid ? "" : ", in arrears") + " (paid up to " + paidFrom + " or later needed: reference date " + day + ", " + r.arrearsGraceDays() + " days' grace)");
    Optional<Suspension> suspension = member.suspension().filter(s -> s.coversDay(day));
    if (suspension.isEmpty()) {
      out.check(Rule.SUSPENSION, key, true, () -> member.suspension().isPresent() ? "not suspended on " + day + " (a suspension from " + member.suspension().get().from() + " does not cover it)" : "not suspended");
    } else {
      Suspension s = suspension.get();
      String facts = "suspended from " + s.from() + s.until().map(until -> " until " + until).orElse(" until further notice") + " (" + s.reason() + ")";
      out.check(Rule.SUSPENSION, key, r.suspendedMayVote(), () -> facts + (r.suspendedMayVote() ? "; this ruleset lets suspended members vote" : ""));
    }
  }

  private void registeredSupporter(RegisteredSupporterRecord supporter, Outcomes out) {
    RegisteredSupporterRules r = rules.registeredSupporters();
    RecordKey key = supporter.key();
    if (!sectionEnabled(r.enabled(), key, out)) {
      return;
    }
    Optional<Instant> paidAt = supporter.paidAt();
    boolean inWindow = paidAt.map(at -> !at.isBefore(r.windowOpens()) && !at.isAfter(r.windowCloses())).orElse(false);
    out.check(Rule.FEE_IN_WINDOW, key, inWindow, () -> paidAt.map(at -> "paid at " + at + (inWindow ? ", inside" : ", outside") + " the window " + r.windowOpens() + " to " + r.windowCloses()).orElse("never paid (applied " + supporter.appliedAt() + ")"));
    boolean enough = supporter.amountPence() >= r.feePence();
    out.check(Rule.FEE_AMOUNT, key, enough, () -> "paid " + pounds(supporter.amountPence()) + " of " + pounds(r.feePence()) + " due");
    vetting(Rule.SUPPORTER_VETTING, r.vettingRequired(), supporter.vetting(), key, out);
  }

  private void affiliatedSupporter(AffiliatedSupporterRecord affiliated, Outcomes out) {
    AffiliatedSupporterRules r = rules.affiliatedSupporters();
    RecordKey key = affiliated.key();
    if (!sectionEnabled(r.enabled(), key, out)) {
      return;
    }
    boolean inTime = !affiliated.registeredOn().isAfter(r.registrationCutoff());
    out.check(Rule.AFFILIATE_CUTOFF, key, inTime, () -> "registered through " + affiliated.affiliate() + " on " + affiliated.registeredOn() + (inTime ? ", by" : ", after") + " the cut-off " + r.registrationCutoff());
    vetting(Rule.AFFILIATE_VETTING, r.vettingRequired(), affiliated.vetting(), key, out);
  }

  private static void vetting(Rule rule, boolean required, Vetting vetting, RecordKey key, Outcomes out) {
    boolean passed = !required || vetting == Vetting.PASSED;
    out.check(rule, key, passed, () -> "vetting " + vetting + (required ? "" : "; not required by this ruleset"));
  }

  private static boolean sectionEnabled(boolean enabled, RecordKey key, Outcomes out) {
    if (!enabled) {
      out.check(Rule.SECTION_ENABLED, key, false, () -> "the ruleset gives the " + key.section() + " section no vote");
    }
    return enabled;
  }

  private static String pounds(long pence) {
    return "£" + Money.pounds(pence);
  }

  /** Collects outcomes (facts only when explaining) and the rules failed. */
  private static final class Outcomes {
    private final List<RuleOutcome> outcomes;
    final EnumSet<Rule> failed = EnumSet.noneOf(Rule.class);
    boolean failedHere;

    Outcomes(List<RuleOutcome> outcomes) {
      this.outcomes = outcomes;
    }

    void check(Rule rule, RecordKey record, boolean passed, Supplier<String> facts) {
      if (!passed) {
        failed.add(rule);
        failedHere = true;
      }
      if (outcomes != null) {
        outcomes.add(new RuleOutcome(rule, Optional.ofNullable(record), passed, facts.get()));
      }
    }
  }
}
