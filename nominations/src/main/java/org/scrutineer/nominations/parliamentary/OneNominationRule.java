package org.scrutineer.nominations.parliamentary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.contest.Timestamps;

/**
 * Which parliamentary nomination counts for each nominator: at most one.
 *
 * <p>A nomination is <em>valid</em> when all of these hold, checked in this order (the first that
 * fails is the reason given): its nominator is on the register; the nominator's kind may nominate
 * under the rules; it was made at or before the close; it names a declared candidate (exactly); that
 * candidate has not withdrawn from the contest. An invalid nomination never counts and never takes
 * the place of another: it is as if it had not been made.
 *
 * <p>A withdrawal made at or before the close withdraws every valid nomination its nominator made at
 * or before it (a nomination and a withdrawal at the same moment: the withdrawal wins). One made
 * after the close has no effect.
 *
 * <p>The nomination that counts is the nominator's <em>latest valid nomination not withdrawn before
 * the close</em>: of their valid nominations made after their last valid withdrawal, the one made
 * last. Earlier ones are superseded. If several were made at that last moment, they are duplicates
 * when they name the same candidate (one counts: the first by source) and conflicting when they do
 * not (none counts: which came last cannot be told; earlier ones are still superseded).
 */
public final class OneNominationRule {
  private static final Comparator<Nomination> NOMINATION_ORDER =
      Comparator.comparing(Nomination::at, Timestamps.ORDER)
          .thenComparing(Nomination::nominatorId)
          .thenComparing(Nomination::candidate)
          .thenComparing(Nomination::source);
  private static final Comparator<Withdrawal> WITHDRAWAL_ORDER =
      Comparator.comparing(Withdrawal::at, Timestamps.ORDER)
          .thenComparing(Withdrawal::nominatorId)
          .thenComparing(Withdrawal::source);

  private OneNominationRule() {}

  /**
   * Decides every nomination and withdrawal. Inputs are not changed; the answer does not depend on
   * their order.
   *
   * @param eligible the kinds of nominator the rules let nominate
   */
  public static ParliamentaryDecisions decide(
      NominatorRegister register,
      List<Nomination> nominations,
      List<Withdrawal> withdrawals,
      Contest contest,
      Set<NominatorKind> eligible) {
    List<Nomination> sortedNominations = nominations.stream().sorted(NOMINATION_ORDER).toList();
    List<Withdrawal> sortedWithdrawals = withdrawals.stream().sorted(WITHDRAWAL_ORDER).toList();
    OffsetDateTime close = contest.parliamentaryClose();
    NominationDecision[] decided = new NominationDecision[sortedNominations.size()];
    WithdrawalDecision[] withdrawn = new WithdrawalDecision[sortedWithdrawals.size()];
    Map<String, List<Integer>> validByNominator = new TreeMap<>();
    Map<String, List<Integer>> withdrawalsByNominator = new TreeMap<>();

    for (int i = 0; i < sortedNominations.size(); i++) {
      Nomination nomination = sortedNominations.get(i);
      Optional<NominationDecision> invalid = invalidity(nomination, register, contest, eligible);
      if (invalid.isPresent()) {
        decided[i] = invalid.get();
      } else {
        validByNominator.computeIfAbsent(nomination.nominatorId(), id -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < sortedWithdrawals.size(); i++) {
      Withdrawal withdrawal = sortedWithdrawals.get(i);
      if (register.find(withdrawal.nominatorId()).isEmpty()) {
        withdrawn[i] = new WithdrawalDecision(withdrawal, WithdrawalEffect.NOT_ON_REGISTER,
            withdrawal.nominatorId() + " is not on the register of nominators");
      } else if (withdrawal.at().isAfter(close)) {
        withdrawn[i] = new WithdrawalDecision(withdrawal, WithdrawalEffect.AFTER_CLOSE,
            "made at " + Timestamps.show(withdrawal.at()) + ", after nominations closed at " + Timestamps.show(close)
                + ": it has no effect and any nomination it meant to withdraw stands");
      } else {
        withdrawalsByNominator.computeIfAbsent(withdrawal.nominatorId(), id -> new ArrayList<>()).add(i);
      }
    }

    Set<String> nominators = new TreeSet<>(validByNominator.keySet());
    nominators.addAll(withdrawalsByNominator.keySet());
    for (String nominator : nominators) {
      new OneNominator(sortedNominations, sortedWithdrawals, decided, withdrawn, close)
          .decide(validByNominator.getOrDefault(nominator, List.of()), withdrawalsByNominator.getOrDefault(nominator, List.of()));
    }
    return new ParliamentaryDecisions(List.of(decided), List.of(withdrawn));
  }

  /** Why {@code nomination} is invalid on its own, if it is (the first reason in the class's order). */
  private static Optional<NominationDecision> invalidity(
      Nomination nomination, NominatorRegister register, Contest contest, Set<NominatorKind> eligible) {
    Optional<Nominator> nominator = register.find(nomination.nominatorId());
    if (nominator.isEmpty()) {
      return rejected(nomination, NominationReason.NOT_ON_REGISTER,
          nomination.nominatorId() + " is not on the register of nominators");
    }
    if (!eligible.contains(nominator.get().kind())) {
      return rejected(nomination, NominationReason.NOMINATOR_NOT_ELIGIBLE,
          nominator.get().describe() + " may not nominate under these rules: only "
              + String.join(" and ", eligible.stream().sorted().map(NominatorKind::plural).toList()) + " may");
    }
    OffsetDateTime close = contest.parliamentaryClose();
    if (nomination.at().isAfter(close)) {
      return rejected(nomination, NominationReason.AFTER_CLOSE,
          "made at " + Timestamps.show(nomination.at()) + ", after nominations closed at " + Timestamps.show(close));
    }
    Optional<Candidate> candidate = contest.candidate(nomination.candidate());
    if (candidate.isEmpty()) {
      return rejected(nomination, NominationReason.NOT_A_CANDIDATE, contest.notACandidate(nomination.candidate()));
    }
    if (candidate.get().withdrew()) {
      return rejected(nomination, NominationReason.CANDIDATE_WITHDREW,
          candidate.get().name() + " withdrew from the contest at " + Timestamps.show(candidate.get().withdrewAt().orElseThrow())
              + "; a nomination of a withdrawn candidate does not count and does not take the place of the nominator's other nominations");
    }
    return Optional.empty();
  }

  /**
   * One nominator's valid nominations and in-time withdrawals, given as indexes (in time order)
   * into the sorted inputs; fills in their decisions.
   */
  private record OneNominator(
      List<Nomination> nominations,
      List<Withdrawal> withdrawals,
      NominationDecision[] decided,
      WithdrawalDecision[] withdrawn,
      OffsetDateTime close) {

    void decide(List<Integer> valid, List<Integer> inTimeWithdrawals) {
      Map<Integer, List<Nomination>> withdrewBy = new HashMap<>();
      List<Integer> standing = new ArrayList<>();
      for (int index : valid) {
        Nomination nomination = nominations.get(index);
        Optional<Integer> by = inTimeWithdrawals.stream()
            .filter(w -> !withdrawals.get(w).at().isBefore(nomination.at()))
            .findFirst();
        if (by.isPresent()) {
          Withdrawal withdrawal = withdrawals.get(by.get());
          withdrewBy.computeIfAbsent(by.get(), w -> new ArrayList<>()).add(nomination);
          decided[index] = new NominationDecision(nomination, NominationReason.WITHDRAWN,
              "withdrawn by the nominator at " + Timestamps.show(withdrawal.at()) + at(withdrawal.source()));
        } else {
          standing.add(index);
        }
      }
      for (int index : inTimeWithdrawals) {
        Withdrawal withdrawal = withdrawals.get(index);
        List<Nomination> targets = withdrewBy.getOrDefault(index, List.of());
        withdrawn[index] = targets.isEmpty()
            ? new WithdrawalDecision(withdrawal, WithdrawalEffect.NOTHING_TO_WITHDRAW,
                "the nominator had no valid nomination standing at " + Timestamps.show(withdrawal.at()) + " to withdraw")
            : new WithdrawalDecision(withdrawal, WithdrawalEffect.WITHDREW,
                "withdrew " + String.join(", ", targets.stream().map(OneNominationRule::describe).toList()));
      }
      if (!standing.isEmpty()) {
        decideStanding(standing);
      }
    }

    /** The latest standing nomination counts; the rest are superseded, duplicates or conflicting. */
    private void decideStanding(List<Integer> standing) {
      OffsetDateTime last = nominations.get(standing.get(standing.size() - 1)).at();
      List<Integer> latest = standing.stream().filter(i -> nominations.get(i).at().isEqual(last)).toList();
      List<String> latestCandidates = latest.stream().map(i -> nominations.get(i).candidate()).distinct().toList();
      boolean conflicting = latestCandidates.size() > 1;
      int countedIndex = latest.get(0); // the first by candidate, then source
      Nomination counted = nominations.get(countedIndex);
      for (int index : standing) {
        Nomination nomination = nominations.get(index);
        if (!nomination.at().isEqual(last)) {
          decided[index] = new NominationDecision(nomination, NominationReason.SUPERSEDED,
              "superseded by the nominator's later " + (conflicting
                  ? "nominations at " + Timestamps.show(last)
                  : "nomination of " + counted.candidate() + " at " + Timestamps.show(last) + at(counted.source())));
        } else if (conflicting) {
          decided[index] = new NominationDecision(nomination, NominationReason.CONFLICTING,
              "made at the same moment as the nominator's nomination of "
                  + String.join(" and ", latestCandidates.stream().filter(other -> !other.equals(nomination.candidate())).toList())
                  + ": which was made last cannot be told, so none of them counts");
        } else if (index == countedIndex) {
          decided[index] = new NominationDecision(nomination, NominationReason.COUNTED,
              "counts for " + nomination.candidate() + ": the nominator's latest valid nomination, not withdrawn before the close at "
                  + Timestamps.show(close));
        } else {
          decided[index] = new NominationDecision(nomination, NominationReason.DUPLICATE,
              "the same nomination as the one counted" + at(counted.source()) + " (same nominator, candidate and moment)");
        }
      }
    }
  }

  private static Optional<NominationDecision> rejected(Nomination nomination, NominationReason reason, String why) {
    return Optional.of(new NominationDecision(nomination, reason, why));
  }

  private static String describe(Nomination nomination) {
    return "the nomination of " + nomination.candidate() + " made at " + Timestamps.show(nomination.at()) + at(nomination.source());
  }

  /** {@code " (nominations.csv:17)"}, or nothing when the source is not known. */
  private static String at(String source) {
    return source.isEmpty() ? "" : " (" + source + ")";
  }
}
