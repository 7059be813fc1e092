package org.scrutineer.contest.report;

import static org.scrutineer.contest.report.Markup.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ResultLine;

/**
 * {@code report.html}: one self-contained page — inline CSS, no script, no external resource, so it
 * reads the same offline, printed or archived — with the result tables by section as the party
 * publishes them, the rounds as a chart ({@link RoundChart}) and tables (without rounds, a chart of
 * each section's shares), and the scrutineer's report.
 *
 * <p>The scrutineer's report follows the duties of an independent scrutineer of a UK trade union
 * election (Trade Union and Labour Relations (Consolidation) Act 1992 s.231B, as the Trade Union Act
 * 2016 left them): the ballots issued and returned, the votes for each candidate, the ballots rejected
 * and why — and here also the votes removed, with reason and authority but never the voter — then
 * what was verified and how anyone repeats it. It states check outcomes as given ({@link
 * Verification}); a check that did not run is listed as not run, never as passed.
 *
 * <p>Every string from input is escaped ({@link Markup}).
 */
public final class ReportHtml {
  private static final String STYLE = """
      body{font-family:Helvetica,Arial,sans-serif;color:#212121;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
      h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #c8102e;padding-bottom:.2rem;margin-top:2.2rem}
      h3{margin-top:1.6rem}
      table{border-collapse:collapse;margin:.6rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}
      th,td{padding:.25rem .6rem;border-bottom:1px solid #e0e0e0;vertical-align:baseline}th{text-align:left}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      thead th{border-bottom:2px solid #424242}tfoot td,tfoot th{color:#424242}tr.total th,tr.total td{font-weight:bold}
      .tables{display:flex;flex-wrap:wrap;gap:0 2rem}
      .winner{font-size:1.2rem;font-weight:bold}.meta{color:#616161}
      .passed{color:#1b5e20;font-weight:bold}.failed{color:#b71c1c;font-weight:bold}.not-run{color:#8d6e00;font-weight:bold}
      .alert{border:2px solid #b71c1c;background:#ffebee;padding:.6rem 1rem}
      pre{background:#f5f5f5;padding:.5rem .8rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
      code{font-family:Menlo,Consolas,monospace;font-size:.9em}.hash{font-family:Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
      svg{max-width:100%;height:auto}
      @media print{h2{break-after:avoid}table,svg{break-inside:avoid}}
      """;

  private ReportHtml() {}

  /** The page, UTF-8 text. */
  public static String render(ContestReport report) {
    StringBuilder html = new StringBuilder(16_384);
    String title = escape(report.title());
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append(" \u2014 result and scrutineer\u2019s report</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header(html, report);
    result(html, report);
    report.rounds().ifPresent(rounds -> rounds(html, report, rounds));
    scrutineer(html, report);
    html.append("<footer class=\"meta\"><p>Every figure on this page is in <code>result.json</code> ")
        .append("(docs/formats/contest-result.md). Written by Scrutineer.</p></footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, ContestReport report) {
    html.append("<header>\n<h1>").append(escape(report.title())).append("</h1>\n");
    List<String> winners = report.winners();
    html.append("<p class=\"winner\">")
        .append(winners.isEmpty() ? "No candidate has the most votes alone: the rules decide the tie."
            : (winners.size() == 1 ? "Elected: " : "Elected, in order: ") + escape(String.join(", ", winners)))
        .append("</p>\n");
    html.append("<p class=\"meta\">Counting method: ").append(escape(report.method())).append(". Percentages are of valid votes, ")
        .append("to one decimal place rounded half up; turnout is ballots counted as a percentage of eligible voters.</p>\n");
    long failed = report.verifications().stream().filter(v -> v.status() == Verification.Status.FAILED).count();
    if (failed > 0) {
      html.append("<p class=\"alert\"><strong>").append(failed).append(failed == 1 ? " verification check FAILED" : " verification checks FAILED")
          .append(":</strong> see <a href=\"#verified\">what was verified</a>. This result must not be declared until ")
          .append(failed == 1 ? "it is" : "they are").append(" resolved.</p>\n");
    }
    html.append("</header>\n");
  }

  private static void result(StringBuilder html, ContestReport report) {
    html.append("<section id=\"result\">\n<h2>Result</h2>\n<div class=\"tables\">\n");
    for (Column column : report.columns()) {
      resultTable(html, column, report.rounds().isPresent());
    }
    html.append("</div>\n");
    if (report.rounds().isEmpty()) {
      html.append("<figure>\n").append(RoundChart.shares("Share of the valid votes by section, " + report.title(), report.candidates(),
          report.columns())).append("\n</figure>\n");
    }
    html.append("</section>\n");
  }

  /** One section's table as the party publishes it: candidate, votes, share; then the ballots. */
  private static void resultTable(StringBuilder html, Column column, boolean firstPreferences) {
    ResultLine line = column.line();
    html.append("<table class=\"result\" data-section=\"").append(escape(column.label())).append("\">\n<caption>")
        .append(escape(Figures.sectionName(column.label()))).append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">Candidate</th><th scope=\"col\" class=\"n\">")
        .append(firstPreferences ? "First preferences" : "Votes").append("</th><th scope=\"col\" class=\"n\">%</th></tr></thead>\n<tbody>\n");
    for (CandidateVotes candidate : line.candidates()) {
      html.append("<tr><th scope=\"row\">").append(escape(candidate.candidate())).append("</th>")
          .append(numberCell(Figures.whole(candidate.votes()))).append(numberCell(Figures.percent(candidate.percent()))).append("</tr>\n");
    }
    html.append("</tbody>\n<tfoot>\n");
    footRow(html, "Valid votes", Figures.whole(line.valid()));
    footRow(html, "Spoilt ballots", Figures.whole(line.spoilt()));
    footRow(html, "Ballots counted", Figures.whole(line.ballots()));
    footRow(html, "Eligible voters", Figures.whole(line.eligible()));
    footRow(html, "Turnout", Figures.percent(line.turnout()));
    html.append("</tfoot>\n</table>\n");
  }

  private static void footRow(StringBuilder html, String label, String value) {
    html.append("<tr><th scope=\"row\">").append(label).append("</th>").append(numberCell(value)).append("<td></td></tr>\n");
  }

  private static String numberCell(String text) {
    return "<td class=\"n\">" + escape(text) + "</td>";
  }

  private static void rounds(StringBuilder html, ContestReport report, Rounds rounds) {
    List<String> candidates = report.candidates();
    html.append("<section id=\"rounds\">\n<h2>Round by round</h2>\n<p>")
        .append(rounds.rounds().size() == 1 ? "One round" : rounds.rounds().size() + " rounds").append(" of the ")
        .append(escape(rounds.method())).append(" count, every section\u2019s ballots together. ")
        .append("A candidate eliminated at the end of a round leaves the count; their ballots pass to the next preference ")
        .append("still in it, or exhaust when there is none.</p>\n<figure>\n")
        .append(RoundChart.svg("Votes by round, " + report.title(), candidates, rounds))
        .append("\n</figure>\n");
    roundsTable(html, "All sections", candidates, rounds, RoundTally::tally, RoundTally::exhausted, true);
    List<String> sections = rounds.rounds().get(0).sections().keySet().stream().toList();
    for (String section : sections) {
      roundsTable(html, Figures.sectionName(section), candidates, rounds,
          round -> round.sections().containsKey(section) ? round.sections().get(section).tally() : java.util.Map.of(),
          round -> round.sections().containsKey(section) ? round.sections().get(section).exhausted() : BigDecimal.ZERO, false);
    }
    html.append("</section>\n");
  }

  private static void roundsTable(StringBuilder html, String caption, List<String> candidates, Rounds rounds,
      Function<RoundTally, java.util.Map<String, BigDecimal>> tally, Function<RoundTally, BigDecimal> exhausted, boolean outcomes) {
    html.append("<table class=\"rounds\">\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">Candidate</th>");
    rounds.rounds().forEach(round -> html.append("<th scope=\"col\" class=\"n\">Round ").append(round.round()).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (String candidate : candidates) {
      html.append("<tr><th scope=\"row\">").append(escape(candidate)).append("</th>");
      for (RoundTally round : rounds.rounds()) {
        BigDecimal votes = tally.apply(round).get(candidate);
        String mark = !outcomes ? "" : round.elected().contains(candidate) ? " (elected)" : round.eliminated().contains(candidate) ? " (eliminated)" : "";
        html.append(numberCell(votes == null ? "\u2013" : Figures.decimal(votes) + mark));
      }
      html.append("</tr>\n");
    }
    html.append("<tr><th scope=\"row\">Exhausted</th>");
    rounds.rounds().forEach(round -> html.append(numberCell(Figures.decimal(exhausted.apply(round)))));
    html.append("</tr>\n");
    if (outcomes && rounds.rounds().stream().anyMatch(round -> round.threshold().isPresent())) {
      html.append("<tr><th scope=\"row\">Votes to be elected</th>");
      rounds.rounds().forEach(round -> html.append(numberCell(round.threshold().map(Figures::decimal).orElse("\u2013"))));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void scrutineer(StringBuilder html, ContestReport report) {
    List<Column> columns = report.columns();
    html.append("<section id=\"scrutineer\">\n<h2>Scrutineer\u2019s report</h2>\n")
        .append("<p>In the spirit of an independent scrutineer\u2019s report on a trade union ballot (TULRCA 1992 s.231B): ")
        .append("the ballots issued and returned, the votes for each candidate, the ballots rejected and why, the votes removed ")
        .append("and on whose authority, what was verified, and how anyone can verify it again from the published files. ")
        .append("Each section voted in its own Belenios election with the same trustees (ADR 0012); ")
        .append("no figure here reveals how anyone voted.</p>\n");

    html.append("<h3>1. Voters and ballots</h3>\n");
    report.electorate().ifPresent(electorate -> electorate(html, electorate));
    html.append("<table class=\"ballots\">\n<thead><tr><th scope=\"col\"></th>");
    columns.forEach(column -> html.append("<th scope=\"col\" class=\"n\">").append(escape(Figures.sectionName(column.label()))).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    ballotRow(html, columns, "Ballots issued (voting credentials)", column -> Figures.whole(column.line().issued()));
    ballotRow(html, columns, "Votes removed after issue", column -> Figures.whole(column.line().removed()));
    ballotRow(html, columns, "Eligible voters", column -> Figures.whole(column.line().eligible()));
    ballotRow(html, columns, "Ballots received", column -> Figures.whole(column.received()));
    ballotRow(html, columns, "\u2026 superseded by the same voter\u2019s later ballot", column -> Figures.whole(column.superseded()));
    ballotRow(html, columns, "Voters who cast a ballot", column -> Figures.whole(column.cast()));
    ballotRow(html, columns, "\u2026 not counted: the voter\u2019s vote was removed", column -> Figures.whole(column.leftOut()));
    ballotRow(html, columns, "Ballots counted", column -> Figures.whole(column.line().ballots()));
    ballotRow(html, columns, "\u2026 spoilt", column -> Figures.whole(column.line().spoilt()));
    ballotRow(html, columns, "\u2026 valid", column -> Figures.whole(column.line().valid()));
    ballotRow(html, columns, "Turnout", column -> Figures.percent(column.line().turnout()));
    ballotRow(html, columns, "Ballots rejected at casting", column -> Figures.whole(column.rejectedTotal()));
    html.append("</tbody>\n</table>\n");

    html.append("<h3>2. Ballots rejected at casting</h3>\n");
    Column total = columns.get(columns.size() - 1);
    if (total.rejected().isEmpty()) {
      html.append("<p>No ballot was rejected.</p>\n");
    } else {
      html.append("<p>These never entered any ballot box; their content was not kept. Each is listed in <code>rejections.json</code>"
          + " with its section, time, reason and smart ballot tracker, so a voter who kept a ballot\u2019s tracker can find out why it"
          + " was not accepted.</p>\n<table class=\"rejected\">\n<thead><tr><th scope=\"col\">Reason</th>");
      columns.forEach(column -> html.append("<th scope=\"col\" class=\"n\">").append(escape(Figures.sectionName(column.label()))).append("</th>"));
      html.append("</tr></thead>\n<tbody>\n");
      for (Rejected reason : total.rejected()) {
        html.append("<tr><th scope=\"row\">").append(escape(reason.reason())).append("</th>");
        for (Column column : columns) {
          long ballots = column.rejected().stream().filter(r -> r.reason().equals(reason.reason())).mapToLong(Rejected::ballots).sum();
          html.append(numberCell(Figures.whole(ballots)));
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }

    html.append("<h3>3. Votes removed</h3>\n");
    List<VoteRemoval> removals = report.removalList();
    if (removals.isEmpty()) {
      html.append("<p>No vote was removed.</p>\n");
    } else {
      html.append("<p>Each removal names the voter\u2019s public credential, never the voter. The removed voter\u2019s ballots stay ")
          .append("in the section\u2019s cast archive and were left out of its counted archive; they were never decrypted, alone or ")
          .append("in a sum, so no removed vote is revealed. Full credentials are in <code>removals.json</code>.</p>\n")
          .append("<table class=\"removals\">\n<thead><tr><th scope=\"col\" class=\"n\">No.</th><th scope=\"col\">Section</th>")
          .append("<th scope=\"col\">Credential</th><th scope=\"col\">Reason</th><th scope=\"col\">Authority</th><th scope=\"col\">Decided</th></tr></thead>\n<tbody>\n");
      for (VoteRemoval removal : removals) {
        html.append("<tr>").append(numberCell(Integer.toString(removal.number())))
            .append("<td>").append(escape(Figures.sectionName(removal.section().key()))).append("</td>")
            .append("<td class=\"hash\" title=\"").append(escape(removal.credential())).append("\">")
            .append(escape(Figures.credential(removal.credential()))).append("</td>")
            .append("<td>").append(escape(removal.reason())).append("</td>")
            .append("<td>").append(escape(removal.authority())).append("</td>")
            .append("<td>").append(removal.decided()).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }

    html.append("<h3>4. Result</h3>\n<p>").append(escape(ResultStatement.of(report))).append("</p>\n");

    html.append("<h3 id=\"verified\">5. What was verified</h3>\n");
    if (report.verifications().isEmpty()) {
      html.append("<p class=\"alert\">No verification has been recorded for this report.</p>\n");
    } else {
      html.append("<table class=\"verified\">\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Check</th><th scope=\"col\">How / what failed</th></tr></thead>\n<tbody>\n");
      for (Verification verification : report.verifications()) {
        String css = switch (verification.status()) {
          case PASSED -> "passed";
          case FAILED -> "failed";
          case NOT_RUN -> "not-run";
        };
        html.append("<tr><td class=\"").append(css).append("\">").append(verification.status().word()).append("</td><td>")
            .append(escape(verification.check())).append("</td><td>").append(escape(verification.detail())).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }

    html.append("<h3>6. How to verify it yourself</h3>\n");
    html.append("<p>With the published contest directory, Scrutineer and belenios-tool (Debian: <code>apt-get install belenios-tool</code>), ")
        .append("from the directory that holds it:</p>\n<ol class=\"reverify\">\n");
    for (Reverification command : report.reverifications()) {
      html.append("<li>").append(escape(command.purpose())).append(":\n<pre><code>").append(escape(command.command())).append("</code></pre></li>\n");
    }
    html.append("</ol>\n");

    if (!report.sources().isEmpty()) {
      html.append("<h3>7. Files</h3>\n<p>The result was computed from these files; <code>sha256sum</code> on your copy must print the same.</p>\n")
          .append("<table class=\"files\">\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
      for (PublishedFile file : report.sources()) {
        html.append("<tr><td><code>").append(escape(file.path())).append("</code></td><td class=\"hash\">").append(escape(file.sha256()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  /** Who could vote, before the ballot boxes' figures: the register, the voters by section, those not eligible and why. */
  private static void electorate(StringBuilder html, Electorate electorate) {
    html.append("<p class=\"electorate\">Under the ruleset ").append(escape(electorate.ruleset())).append(", evaluated at ")
        .append(escape(electorate.referenceDate())).append(", ").append(Figures.whole(electorate.people()))
        .append(" people on the register were considered: ").append(Figures.whole(electorate.eligible())).append(" had a vote (");
    List<String> sections = new ArrayList<>();
    electorate.voters().forEach((section, voters) -> sections.add(escape(Figures.sectionName(section)) + " " + Figures.whole(voters)));
    html.append(String.join(", ", sections)).append("; one vote each, in one section) and ").append(Figures.whole(electorate.notEligible()))
        .append(" did not.</p>\n");
    if (!electorate.failuresByRule().isEmpty()) {
      html.append("<table class=\"eligibility\">\n<caption>Rules not met by those without a vote (one person may fail several; ")
          .append("<code>scrutineer electorate explain</code> gives each person\u2019s reasons)</caption>\n")
          .append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"n\">People</th></tr></thead>\n<tbody>\n");
      electorate.failuresByRule().forEach((rule, people) -> html.append("<tr><th scope=\"row\"><code>").append(escape(rule))
          .append("</code></th><td class=\"n\">").append(Figures.whole(people)).append("</td></tr>\n"));
      html.append("</tbody>\n</table>\n");
    }
  }

  private static void ballotRow(StringBuilder html, List<Column> columns, String label, Function<Column, String> figure) {
    html.append("<tr><th scope=\"row\">").append(label).append("</th>");
    columns.forEach(column -> html.append(numberCell(figure.apply(column))));
    html.append("</tr>\n");
  }
}
