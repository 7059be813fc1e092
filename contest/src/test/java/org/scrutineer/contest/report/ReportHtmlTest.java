package org.scrutineer.contest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.result.ResultLine;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlTest {
  static final String HOSTILE = "<script>alert('x')</script> & \"Smith\"";

  /** The page's {@code <svg>} elements, each parsed as an XML document on its own. */
  static List<Document> svgs(String html) throws Exception {
    List<Document> documents = new java.util.ArrayList<>();
    int from = 0;
    while (true) {
      int start = html.indexOf("<svg", from);
      if (start < 0) {
        return documents;
      }
      int end = html.indexOf("</svg>", start) + "</svg>".length();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      documents.add(factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(start, end)))));
      from = end;
    }
  }

  @Test
  void labour2016HasATableForEachSectionAndTheTotalWithThePublishedFigures() {
    String html = ReportHtml.render(Examples.labour2016());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<caption>Members</caption>", "<caption>Registered supporters</caption>",
        "<caption>Affiliated supporters</caption>", "<caption>Total</caption>");
    assertThat(html).contains("<tr><th scope=\"row\">Jeremy Corbyn</th><td class=\"n\">168,216</td><td class=\"n\">59.0%</td></tr>",
        "<tr><th scope=\"row\">Owen Smith</th><td class=\"n\">116,960</td><td class=\"n\">41.0%</td></tr>",
        "<tr><th scope=\"row\">Jeremy Corbyn</th><td class=\"n\">313,209</td><td class=\"n\">61.8%</td></tr>",
        "<tr><th scope=\"row\">Owen Smith</th><td class=\"n\">193,229</td><td class=\"n\">38.2%</td></tr>");
    assertThat(html).contains("Elected: Jeremy Corbyn");
  }

  @Test
  void everyResultFigureIsOnThePage() {
    ContestReport report = Examples.labour2016();
    String html = ReportHtml.render(report);
    List<ResultLine> lines = new java.util.ArrayList<>(report.result().sections());
    lines.add(report.result().total());
    for (ResultLine line : lines) {
      int table = html.indexOf("<table class=\"result\" data-section=\"" + line.label() + "\">");
      assertThat(table).as(line.label()).isPositive();
      String section = html.substring(table, html.indexOf("</table>", table));
      assertThat(section).contains(">" + Figures.whole(line.valid()) + "<", ">" + Figures.whole(line.spoilt()) + "<",
          ">" + Figures.whole(line.ballots()) + "<", ">" + Figures.whole(line.eligible()) + "<",
          ">" + Figures.percent(line.turnout()) + "<");
      line.candidates().forEach(c -> assertThat(section).contains(">" + Figures.whole(c.votes()) + "<", ">" + Figures.percent(c.percent()) + "<"));
    }
  }

  @Test
  void theRoundChartIsValidSvgWithABarPerCandidateStillInEachRound() throws Exception {
    String html = ReportHtml.render(Examples.alternativeVote());
    List<Document> svgs = svgs(html);
    assertThat(svgs).hasSize(1);
    Element svg = svgs.get(0).getDocumentElement();
    assertThat(svg.getNamespaceURI()).isEqualTo(RoundChart.SVG_NAMESPACE);
    assertThat(svg.getLocalName()).isEqualTo("svg");
    NodeList rounds = svg.getElementsByTagNameNS(RoundChart.SVG_NAMESPACE, "g");
    assertThat(rounds.getLength()).isEqualTo(3);
    int[] bars = {4, 3 + 1, 2 + 1}; // candidates still in, plus exhausted votes from round 2
    for (int r = 0; r < 3; r++) {
      Element round = (Element) rounds.item(r);
      assertThat(round.getAttribute("data-round")).isEqualTo(Integer.toString(r + 1));
      assertThat(round.getElementsByTagNameNS(RoundChart.SVG_NAMESPACE, "rect").getLength()).as("round %d", r + 1).isEqualTo(bars[r]);
      assertThat(round.getElementsByTagNameNS(RoundChart.SVG_NAMESPACE, "line").getLength()).isEqualTo(1);
    }
    assertThat(svg.getTextContent()).contains("8,120 \u2014 elected", "1,270 \u2014 eliminated", "out of the count");
  }

  @Test
  void theRoundsAreTabledOverallAndBySection() {
    String html = ReportHtml.render(Examples.alternativeVote());
    assertThat(html).contains("<th scope=\"col\" class=\"n\">Round 3</th>", "8,120 (elected)", "1,270 (eliminated)",
        "<th scope=\"row\">Votes to be elected</th>");
    assertThat(html.split("<table class=\"rounds\">", -1)).hasSize(1 + 4);
  }

  @Test
  void hostileNamesAreTextNeverMarkup() throws Exception {
    String html = ReportHtml.render(Examples.alternativeVote(List.of(HOSTILE, "B", "C", "D")));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Smith&quot;");
    assertThat(svgs(html).get(0).getDocumentElement().getTextContent()).contains("<script>alert('x')");
  }

  /** XML 1.0 cannot hold these at all, escaped or not: the chart would not parse. */
  @Test
  void charactersXmlCannotHoldAreReplacedSoTheChartStillParses() throws Exception {
    String html = ReportHtml.render(Examples.alternativeVote(List.of("Nul\u0000Bell\u0007", "Half\ud800pair", "C", "D")));
    assertThat(svgs(html).get(0).getDocumentElement().getTextContent()).contains("Nul\uFFFDBell\uFFFD", "Half\uFFFDpair");
  }

  @Test
  void theScrutineersReportGivesBallotsRejectionsRemovalsAndHowToReverify() {
    String html = ReportHtml.render(Examples.labour2016());
    int report = html.indexOf("<section id=\"scrutineer\">");
    assertThat(report).isPositive();
    String scrutineer = html.substring(report);
    assertThat(scrutineer).contains("TULRCA 1992 s.231B", "Ballots issued (voting credentials)", "Eligible voters",
        "Ballots rejected at casting", "not a valid ballot: an interval proof fails", "ballot box closed",
        "intimidation of other voters (rule 2.II.4)", "NEC disputes panel", "2016-09-14");
    assertThat(scrutineer).contains("scrutineer contest verify --dir contest",
        "belenios-tool election verify --dir contest/sections/member/cast",
        "belenios-tool election verify --dir contest/sections/affiliated_supporter/counted",
        "belenios-tool election verify-diff --dir1 contest/sections/registered_supporter/cast --dir2 contest/sections/registered_supporter/counted",
        "diff &lt;(tar -xOf contest/sections/member/cast/*.bel");
    assertThat(scrutineer).contains("<td class=\"not-run\">not run</td><td>belenios-tool on every archive</td>");
    // the credential is shortened on the page, whole in its title; nothing else identifies the voter
    assertThat(scrutineer).contains(">27619083\u2026166502<", "title=\"" + Examples.REMOVED_CREDENTIAL + "\"");
  }

  @Test
  void theElectorate_whoHadAVoteBySection_andTheRulesTheOthersDidNotMeet_escaped() {
    ContestReport report = Examples.labour2016();
    Electorate electorate = new Electorate("2016 NEC " + HOSTILE, "2016-08-22", 1_284,
        new java.util.LinkedHashMap<>(java.util.Map.of("member", 636L)), 648, java.util.Map.of("members.freeze_date", 183L));

    String html = ReportHtml.render(new ContestReport(report.title(), report.method(), report.result(), report.ballots(), report.removals(),
        report.rounds(), report.verifications(), report.reverifications(), report.sources(), Optional.of(electorate)));

    assertThat(html).contains("Under the ruleset 2016 NEC &lt;script&gt;", "evaluated at 2016-08-22, 1,284 people on the register were considered:"
        + " 636 had a vote (Members 636; one vote each, in one section) and 648 did not.", "<code>members.freeze_date</code></th><td class=\"n\">183</td>")
        .doesNotContain("<script>alert");
    assertThat(ReportHtml.render(report)).as("without a snapshot, no electorate paragraph").doesNotContain("class=\"electorate\"");
  }

  @Test
  void anElectorateWhoseFiguresDoNotAddUp_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Electorate("r", "2016-08-22", 10, java.util.Map.of("member", 6L), 3, java.util.Map.of()))
        .hasMessageContaining("6 voters and 3 not eligible, of 10 people");
  }

  @Test
  void aFailedCheckIsAnnouncedAtTheTop() {
    ContestReport report = Examples.labour2016();
    List<Verification> checks = new java.util.ArrayList<>(report.verifications());
    checks.add(new Verification("member: cast archive", Verification.Status.FAILED, "ballot.proof: event 7 (ab12…): interval proof fails"));
    String html = ReportHtml.render(new ContestReport(report.title(), report.method(), report.result(), report.ballots(),
        report.removals(), report.rounds(), checks, report.reverifications(), report.sources()));
    assertThat(html.substring(0, html.indexOf("<section id=\"result\">")))
        .contains("1 verification check FAILED", "must not be declared");
  }

  @Test
  void withoutRounds_theChartShowsEachSectionsShares_andThereIsNoRoundTable() throws Exception {
    ContestReport report = Examples.labour2016();
    String html = ReportHtml.render(new ContestReport(report.title(), "plurality", report.result(), report.ballots(),
        report.removals(), Optional.empty(), report.verifications(), report.reverifications(), report.sources()));
    assertThat(html).doesNotContain("id=\"rounds\"").contains("Jeremy Corbyn was elected.");
    List<Document> svgs = svgs(html);
    assertThat(svgs).hasSize(1);
    NodeList blocks = svgs.get(0).getDocumentElement().getElementsByTagNameNS(RoundChart.SVG_NAMESPACE, "g");
    assertThat(blocks.getLength()).as("three sections and the total").isEqualTo(4);
    assertThat(((Element) blocks.item(3)).getAttribute("data-section")).isEqualTo("total");
    assertThat(blocks.item(0).getTextContent()).contains("Members", "168,216 (59.0%)", "116,960 (41.0%)");
  }

  @Test
  void thePageNeedsNoScriptAndNoOtherFile() {
    String html = ReportHtml.render(Examples.alternativeVote());
    assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(");
  }
}
