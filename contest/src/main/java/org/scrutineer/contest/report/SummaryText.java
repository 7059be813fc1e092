package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ResultLine;

/**
 * The summary the report step prints on the terminal: who was elected, the result by section as an
 * aligned table (votes with their percentage, then the ballots), the rounds of a preferential count,
 * and the verification outcomes with the command to repeat them. Names are made safe for a terminal
 * ({@link TextTable#printable}).
 */
public final class SummaryText {
  private SummaryText() {}

  public static String render(ContestReport report) {
    StringBuilder text = new StringBuilder();
    text.append(TextTable.printable(report.title())).append(" (").append(TextTable.printable(report.method())).append(")\n");
    List<String> winners = report.winners();
    text.append(winners.isEmpty() ? "No candidate has the most votes alone: the rules decide the tie."
        : "Elected: " + TextTable.printable(String.join(", ", winners))).append("\n\n");

    List<Column> columns = report.columns();
    TextTable result = new TextTable();
    List<String> header = new ArrayList<>(List.of(""));
    columns.forEach(column -> header.add(shortName(column.label())));
    result.row(header);
    for (int c = 0; c < report.candidates().size(); c++) {
      int candidate = c;
      List<String> row = new ArrayList<>(List.of(report.candidates().get(c)));
      columns.forEach(column -> {
        CandidateVotes votes = column.line().candidates().get(candidate);
        row.add(cell(Figures.whole(votes.votes()), Figures.percent(votes.percent())));
      });
      result.row(row);
    }
    row(result, columns, "Valid votes", column -> cell(Figures.whole(column.line().valid()), ""));
    row(result, columns, "Spoilt", column -> cell(Figures.whole(column.line().spoilt()), ""));
    row(result, columns, "Ballots counted", column -> cell(Figures.whole(column.line().ballots()), ""));
    row(result, columns, "Eligible voters", column -> cell(Figures.whole(column.line().eligible()), ""));
    row(result, columns, "Turnout", column -> cell("", Figures.percent(column.line().turnout())));
    row(result, columns, "Votes removed", column -> cell(Figures.whole(column.line().removed()), ""));
    row(result, columns, "Rejected at casting", column -> cell(Figures.whole(column.rejectedTotal()), ""));
    text.append(result.render());

    report.rounds().ifPresent(rounds -> {
      text.append('\n').append("Rounds of the ").append(TextTable.printable(rounds.method())).append(" count:\n");
      TextTable table = new TextTable();
      List<String> roundHeader = new ArrayList<>(List.of(""));
      rounds.rounds().forEach(round -> roundHeader.add("Round " + round.round()));
      table.row(roundHeader);
      for (String candidate : report.candidates()) {
        List<String> row = new ArrayList<>(List.of(candidate));
        rounds.rounds().forEach(round -> {
          Map<String, BigDecimal> tally = round.tally();
          String mark = round.elected().contains(candidate) ? " E" : round.eliminated().contains(candidate) ? " x" : "  ";
          row.add(tally.containsKey(candidate) ? Figures.decimal(tally.get(candidate)) + mark : "\u2013  ");
        });
        table.row(row);
      }
      List<String> exhausted = new ArrayList<>(List.of("Exhausted"));
      rounds.rounds().forEach(round -> exhausted.add(Figures.decimal(round.exhausted()) + "  "));
      table.row(exhausted);
      if (rounds.rounds().stream().anyMatch(round -> round.threshold().isPresent())) {
        List<String> threshold = new ArrayList<>(List.of("To be elected"));
        rounds.rounds().forEach(round -> threshold.add(round.threshold().map(Figures::decimal).orElse("\u2013") + "  "));
        table.row(threshold);
      }
      text.append(table.render()).append("(E elected, x eliminated at the end of the round)\n");
    });

    text.append('\n');
    long passed = count(report, Verification.Status.PASSED);
    long failed = count(report, Verification.Status.FAILED);
    long notRun = count(report, Verification.Status.NOT_RUN);
    text.append(String.format(Locale.ROOT, "Verification: %d passed, %d FAILED, %d not run%n", passed, failed, notRun));
    report.verifications().stream().filter(v -> v.status() != Verification.Status.PASSED).forEach(v -> text.append("  ")
        .append(v.status().word()).append(": ").append(TextTable.printable(v.check())).append(": ")
        .append(TextTable.printable(v.detail())).append('\n'));
    if (failed > 0) {
      text.append("This result must not be declared until every failed check is resolved.\n");
    }
    if (!report.reverifications().isEmpty()) {
      text.append("Re-verify: ").append(TextTable.printable(report.reverifications().get(0).command()))
          .append(" (every command is in report.html)\n");
    }
    return text.toString();
  }

  private static long count(ContestReport report, Verification.Status status) {
    return report.verifications().stream().filter(v -> v.status() == status).count();
  }

  /** Votes, then the percentage in a slot of its own, so figures of every row line up. */
  private static String cell(String figure, String percent) {
    return String.format(Locale.ROOT, "%s %6s", figure, percent);
  }

  private static void row(TextTable table, List<Column> columns, String label, Function<Column, String> figure) {
    List<String> row = new ArrayList<>(List.of(label));
    columns.forEach(column -> row.add(figure.apply(column)));
    table.row(row);
  }

  /** Short enough that three sections and the total fit 80 columns. */
  private static String shortName(String key) {
    return switch (key) {
      case "registered_supporter" -> "Reg. supporters";
      case "affiliated_supporter" -> "Affiliates";
      default -> key.equals(ResultLine.TOTAL) ? "Total" : Figures.sectionName(key);
    };
  }
}
