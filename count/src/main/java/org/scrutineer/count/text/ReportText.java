package org.scrutineer.count.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.tiebreak.TieBreakRecord;

/**
 * A count's report as text for a terminal or a notice board, laid out like the stage sheets
 * Scottish councils publish: candidates as rows, rounds as columns, then the exhausted votes and a
 * last column saying who was elected or eliminated in which round; below it what each round did
 * (elections, eliminations, transfers, ties and how they were broken, in words); then the same table
 * for each section. Pure: it returns the lines; the caller prints them.
 */
public final class ReportText {
  private ReportText() {}

  public static List<String> lines(CountReport report) {
    List<String> out = new ArrayList<>();
    out.add("Method " + report.method() + ", " + report.seats() + (report.seats() == 1 ? " seat" : " seats")
        + report.quota().map(q -> ", quota " + q.toPlainString()).orElse(""));
    out.add("Elected, in order: " + (report.winners().isEmpty() ? "nobody" : String.join(", ", report.winners())));
    out.add("");
    List<Map<String, BigDecimal>> tallies = new ArrayList<>();
    List<BigDecimal> exhausted = new ArrayList<>();
    for (Round round : report.rounds()) {
      tallies.add(round.tally());
      exhausted.add(round.exhausted());
    }
    if (report.rounds().isEmpty()) {
      // Schulze and majority judgment have no rounds: what decided them is in the details.
      out.addAll(DetailsText.lines(report.details()));
    } else {
      out.addAll(table(report, tallies, exhausted, true));
      out.add("");
      for (Round round : report.rounds()) {
        out.addAll(events(round));
      }
    }
    for (Map.Entry<String, List<SectionRound>> section : report.sections().entrySet()) {
      out.add("");
      out.add("Section " + section.getKey() + ":");
      List<Map<String, BigDecimal>> t = new ArrayList<>();
      List<BigDecimal> e = new ArrayList<>();
      for (SectionRound round : section.getValue()) {
        t.add(round.tally());
        e.add(round.exhausted());
      }
      out.addAll(table(report, t, e, false));
    }
    if (!report.invalid().isEmpty()) {
      out.add("");
      out.add("Set aside as invalid: " + report.invalid().size());
      report.invalid().forEach(why -> out.add("  " + why));
    }
    return out;
  }

  /** The whole report as one string, lines ending in newlines. */
  public static String render(CountReport report) {
    StringBuilder text = new StringBuilder();
    lines(report).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private static List<String> table(CountReport report, List<Map<String, BigDecimal>> tallies, List<BigDecimal> exhausted,
      boolean outcome) {
    Set<String> candidates = new LinkedHashSet<>();
    tallies.forEach(t -> candidates.addAll(t.keySet()));
    Map<String, String> result = new LinkedHashMap<>();
    for (Round round : report.rounds()) {
      round.elected().forEach(c -> result.put(c, "elected in round " + round.round()));
      round.eliminated().forEach(c -> result.put(c, "eliminated in round " + round.round()));
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("Candidate");
    for (int r = 1; r <= tallies.size(); r++) {
      head.add("Round " + r);
    }
    if (outcome) {
      head.add("");
    }
    rows.add(head);
    for (String candidate : candidates) {
      List<String> row = new ArrayList<>();
      row.add(candidate);
      for (Map<String, BigDecimal> tally : tallies) {
        BigDecimal v = tally.get(candidate);
        row.add(v == null ? "" : v.toPlainString());
      }
      if (outcome) {
        row.add(result.getOrDefault(candidate, ""));
      }
      rows.add(row);
    }
    List<String> last = new ArrayList<>();
    last.add("Exhausted");
    exhausted.forEach(e -> last.add(e.toPlainString()));
    if (outcome) {
      last.add("");
    }
    rows.add(last);
    if (outcome && report.rounds().stream().anyMatch(r -> r.quota().isPresent())) {
      List<String> quota = new ArrayList<>();
      quota.add("Quota");
      report.rounds().forEach(r -> quota.add(r.quota().map(BigDecimal::toPlainString).orElse("")));
      quota.add("");
      rows.add(quota);
    }
    int columns = rows.get(0).size();
    return Columns.aligned(rows, c -> c == 0 || (outcome && c == columns - 1));
  }

  private static List<String> events(Round round) {
    List<String> lines = new ArrayList<>();
    String prefix = "Round " + round.round() + ": ";
    for (TieBreakRecord tie : round.tieBreaks()) {
      lines.add(prefix + String.join(", ", tie.tied()) + " tied to be "
          + (tie.purpose() == org.scrutineer.count.tiebreak.TieBreaker.Purpose.ELECT ? "elected" : "eliminated") + "; "
          + tie.chosen() + " chosen by " + tie.how() + ".");
    }
    if (!round.elected().isEmpty()) {
      lines.add(prefix + String.join(", ", round.elected()) + " elected.");
    }
    if (!round.eliminated().isEmpty()) {
      lines.add(prefix + String.join(", ", round.eliminated()) + " eliminated.");
    }
    for (Map.Entry<String, Map<String, BigDecimal>> from : round.transfers().entrySet()) {
      List<String> to = new ArrayList<>();
      from.getValue().forEach((name, votes) -> to.add(name + " " + votes.toPlainString()));
      lines.add(prefix + "transferred from " + from.getKey() + ": " + String.join(", ", to) + ".");
    }
    return lines;
  }
}
