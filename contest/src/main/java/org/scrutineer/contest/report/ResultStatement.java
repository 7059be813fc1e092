package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.scrutineer.contest.result.ResultLine;

/**
 * The result in one paragraph, for the scrutineer's report and the terminal: who was elected, with
 * what, and how many ballots were counted of how many eligible voters.
 */
final class ResultStatement {
  private ResultStatement() {}

  static String of(ContestReport report) {
    ResultLine total = report.result().total();
    StringBuilder text = new StringBuilder();
    List<String> winners = report.winners();
    String shares = total.candidates().stream()
        .map(c -> c.candidate() + " " + Figures.whole(c.votes()) + " (" + Figures.percent(c.percent()) + ")")
        .collect(Collectors.joining(", "));
    if (report.rounds().isPresent()) {
      Rounds rounds = report.rounds().get();
      RoundTally last = rounds.rounds().get(rounds.rounds().size() - 1);
      text.append(winners.isEmpty() ? "Nobody was elected" : String.join(", ", winners) + (winners.size() == 1 ? " was" : " were") + " elected")
          .append(" after ").append(rounds.rounds().size()).append(rounds.rounds().size() == 1 ? " round" : " rounds")
          .append(" of the ").append(rounds.method()).append(" count");
      if (winners.size() == 1 && last.tally().containsKey(winners.get(0))) {
        text.append(", with ").append(Figures.decimal(last.tally().get(winners.get(0)))).append(" votes in the last round");
        last.threshold().ifPresent((BigDecimal threshold) -> text.append(" (").append(Figures.decimal(threshold)).append(" needed)"));
      }
      text.append(". First preferences of ").append(Figures.whole(total.valid())).append(" valid votes: ").append(shares).append(". ");
    } else if (winners.isEmpty()) {
      text.append("No candidate has the most votes alone: the rules decide the tie. Votes: ").append(shares).append(". ");
    } else {
      text.append(winners.get(0)).append(" was elected. Votes of ").append(Figures.whole(total.valid())).append(" valid: ")
          .append(shares).append(". ");
    }
    text.append(Figures.whole(total.ballots())).append(" ballots were counted of ").append(Figures.whole(total.eligible()))
        .append(" eligible voters (turnout ").append(Figures.percent(total.turnout())).append("), ")
        .append(Figures.whole(total.spoilt())).append(" of them spoilt.");
    return text.toString();
  }
}
