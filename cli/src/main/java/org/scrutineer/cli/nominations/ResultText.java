package org.scrutineer.cli.nominations;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.scrutineer.nominations.contest.Timestamps;
import org.scrutineer.nominations.parliamentary.NominationDecision;
import org.scrutineer.nominations.parliamentary.NominationReason;
import org.scrutineer.nominations.parliamentary.WithdrawalDecision;
import org.scrutineer.nominations.parliamentary.WithdrawalEffect;
import org.scrutineer.nominations.result.CandidateOutcome;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.result.Standing;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.Variant;
import org.scrutineer.nominations.supporting.AffiliateDecision;
import org.scrutineer.nominations.supporting.ClpDecision;
import org.scrutineer.nominations.supporting.SupportReason;

/** A {@link NominationResult} as text for people: a table of candidates, then each one's reasons, then what was read. */
final class ResultText {
  private ResultText() {}

  static void summary(PrintWriter out, NominationResult result) {
    out.println(result.rules().contest().title());
    out.println("Rules: " + result.rules().name() + " (" + result.rules().variant().code() + ")");
    out.println("Parliamentary nominations closed " + Timestamps.show(result.rules().contest().parliamentaryClose())
        + result.rules().contest().supportingClose().map(day -> "; supporting nominations closed " + day).orElse(""));
    out.println("Threshold of: " + result.whole().explanation());
    out.println();
    table(out, result);
    out.println();
    for (CandidateOutcome outcome : result.candidates()) {
      reasons(out, outcome);
    }
    out.println();
    out.println("Result: " + result.statusExplanation());
    out.println();
    counts(out, result);
  }

  static void reasons(PrintWriter out, CandidateOutcome outcome) {
    out.println(outcome.candidate() + (outcome.incumbent() ? " (incumbent)" : "") + ": " + standing(outcome.standing()));
    outcome.why().forEach(line -> out.println("  " + line));
  }

  private static void table(PrintWriter out, NominationResult result) {
    int width = Math.max("Candidate".length(),
        result.candidates().stream().mapToInt(outcome -> outcome.candidate().length()).max().orElse(0));
    String format = "%-" + width + "s  %-15s %5s %5s %6s %7s %6s %11s %19s%n";
    out.printf(Locale.ROOT, format, "Candidate", "Standing", "MPs", "MEPs", "Total", "Needed", "CLPs", "Affiliates", "Affiliated members");
    boolean automatic = result.rules().variant() == Variant.CHALLENGE && result.rules().incumbent() == IncumbentRule.AUTOMATIC_WHEN_CHALLENGED;
    for (CandidateOutcome outcome : result.candidates()) {
      out.printf(Locale.ROOT, format,
          outcome.candidate(),
          standing(outcome.standing()),
          number(outcome.mps()),
          number(outcome.meps()),
          number(outcome.parliamentaryNominations()),
          outcome.incumbent() && automatic ? "auto" : number(outcome.parliamentary().needed()),
          number(outcome.support().clps()),
          outcome.support().affiliates() + " (" + outcome.support().tradeUnions() + " TU)",
          number(outcome.support().affiliatedMembers()));
    }
  }

  private static void counts(PrintWriter out, NominationResult result) {
    out.println(line("Parliamentary nominations", result.parliamentary().nominations(), NominationDecision::reason,
        NominationReason.class, NominationReason.COUNTED, NominationReason::code, "counted", "not counted"));
    List<WithdrawalDecision> withdrawals = result.parliamentary().withdrawals();
    if (!withdrawals.isEmpty()) {
      out.println(line("Withdrawals", withdrawals, WithdrawalDecision::effect, WithdrawalEffect.class, WithdrawalEffect.WITHDREW,
          WithdrawalEffect::code, "took effect", "no effect"));
    }
    if (!result.supporting().clps().isEmpty()) {
      out.println(line("CLP nominations", result.supporting().clps(), ClpDecision::reason, SupportReason.class, SupportReason.COUNTED,
          SupportReason::code, "counted", "not counted"));
    }
    if (!result.supporting().affiliates().isEmpty()) {
      out.println(line("Affiliate nominations", result.supporting().affiliates(), AffiliateDecision::reason, SupportReason.class,
          SupportReason.COUNTED, SupportReason::code, "counted", "not counted"));
    }
  }

  /**
   * {@code Parliamentary nominations: 280 read, 202 counted; not counted: 3 after_close, 65
   * candidate_withdrew}, reasons in their enum's order (the order the rule checks them).
   */
  private static <D, R extends Enum<R>> String line(String what, List<D> decisions, Function<D, R> reason, Class<R> type,
      R counted, Function<R, String> code, String countedWords, String otherWords) {
    Map<R, Long> by = new EnumMap<>(type);
    decisions.forEach(decision -> by.merge(reason.apply(decision), 1L, Long::sum));
    StringBuilder text = new StringBuilder(what + ": " + number(decisions.size()) + " read, "
        + number(by.getOrDefault(counted, 0L)) + " " + countedWords);
    String others = String.join(", ", by.entrySet().stream().filter(entry -> entry.getKey() != counted)
        .map(entry -> number(entry.getValue()) + " " + code.apply(entry.getKey())).toList());
    if (!others.isEmpty()) {
      text.append("; ").append(otherWords).append(": ").append(others);
    }
    return text.toString();
  }

  static String standing(Standing standing) {
    return switch (standing) {
      case NOMINATED -> "nominated";
      case NOT_NOMINATED -> "not nominated";
      case NOT_CHALLENGED -> "not challenged";
      case WITHDREW -> "withdrew";
    };
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
