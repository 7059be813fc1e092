package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.scrutineer.contest.result.CandidateVotes;

/**
 * The round-by-round chart: for each round a block of horizontal bars, one per candidate in ballot
 * order (a candidate already out says so instead), the exhausted votes in grey, and the votes that
 * elect as a dashed line; every bar is labelled with its number, so the chart reads without colour.
 * A count without rounds gets the same bars by section instead ({@link #shares}).
 *
 * <p>Hand-written SVG rather than XChart (which STACK.md lists for charts): XChart draws PNG through
 * AWT, so its pixels depend on the fonts installed and the same contest would not give the same
 * report bytes; a PNG would have to be inlined as base64, its text could be neither selected,
 * searched, read by a screen reader nor tested; and it would bring AWT into the contest module for
 * what is a few rectangles. SVG inline in HTML needs no script, scales and prints sharply, and is XML
 * a test can parse. Every name is escaped ({@link Markup}).
 */
final class RoundChart {
  static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
  /** Candidates' colours in ballot order, then again; distinct for the common forms of colour blindness. */
  private static final List<String> COLOURS =
      List.of("#c8102e", "#1f5fa8", "#2e8b57", "#8e44ad", "#e67e22", "#6d4c41", "#d81b60", "#00838f");
  private static final String EXHAUSTED_COLOUR = "#9e9e9e";
  private static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 210;
  private static final int BAR_WIDTH = 400;
  private static final int ROW = 22;
  private static final int BAR_HEIGHT = 15;
  private static final int HEADING = 28;
  private static final int GAP = 14;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RoundChart() {}

  /** An {@code <svg>} element, for HTML or as a file on its own. */
  static String svg(String title, List<String> candidates, Rounds rounds) {
    BigDecimal scale = BigDecimal.ONE;
    for (RoundTally round : rounds.rounds()) {
      for (BigDecimal votes : round.tally().values()) {
        scale = scale.max(votes);
      }
      scale = scale.max(round.exhausted());
      if (round.threshold().isPresent()) {
        scale = scale.max(round.threshold().get());
      }
    }
    StringBuilder body = new StringBuilder();
    int y = 0;
    for (RoundTally round : rounds.rounds()) {
      y = round(body, candidates, round, scale, y);
    }
    return svg(title, body, y);
  }

  /**
   * The chart of a count without rounds (one mark per ballot): a block per section and one for the
   * total, each candidate's bar as long as their share of the block's valid votes, labelled with the
   * votes and the share — so sections of very different sizes read on one scale.
   */
  static String shares(String title, List<String> candidates, List<Column> columns) {
    StringBuilder body = new StringBuilder();
    int y = 0;
    for (Column column : columns) {
      body.append("<g class=\"section\" data-section=\"").append(Markup.escape(column.label())).append("\">\n");
      body.append(text(0, y + 18, Figures.sectionName(column.label()), "font-weight=\"bold\" font-size=\"15\""));
      int row = y + HEADING;
      for (int c = 0; c < candidates.size(); c++) {
        CandidateVotes votes = column.line().candidates().get(c);
        body.append(text(LABEL_WIDTH - 8, row + BAR_HEIGHT - 3, shortened(candidates.get(c)), "text-anchor=\"end\""));
        bar(body, row, votes.percent().orElse(BigDecimal.ZERO), HUNDRED, COLOURS.get(c % COLOURS.size()),
            Figures.whole(votes.votes()) + " (" + Figures.percent(votes.percent()) + ")");
        row += ROW;
      }
      body.append("</g>\n");
      y = row + GAP;
    }
    return svg(title, body, y);
  }

  private static String svg(String title, StringBuilder body, int height) {
    String escapedTitle = Markup.escape(title);
    return "<svg xmlns=\"" + SVG_NAMESPACE + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " "
        + height + "\" role=\"img\" aria-labelledby=\"round-chart-title\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n"
        + "<title id=\"round-chart-title\">" + escapedTitle + "</title>\n" + body + "</svg>";
  }

  private static int round(StringBuilder svg, List<String> candidates, RoundTally round, BigDecimal scale, int top) {
    int rows = candidates.size() + (round.exhausted().signum() > 0 ? 1 : 0);
    int blockHeight = HEADING + rows * ROW;
    svg.append("<g class=\"round\" data-round=\"").append(round.round()).append("\">\n");
    svg.append(text(0, top + 18, "Round " + round.round(), "font-weight=\"bold\" font-size=\"15\""));
    int y = top + HEADING;
    for (int c = 0; c < candidates.size(); c++) {
      String name = candidates.get(c);
      svg.append(text(LABEL_WIDTH - 8, y + BAR_HEIGHT - 3, shortened(name), "text-anchor=\"end\""));
      BigDecimal votes = round.tally().get(name);
      if (votes == null) {
        svg.append(text(LABEL_WIDTH, y + BAR_HEIGHT - 3, "out of the count", "fill=\"#757575\" font-style=\"italic\""));
      } else {
        String note = round.elected().contains(name) ? " \u2014 elected" : round.eliminated().contains(name) ? " \u2014 eliminated" : "";
        bar(svg, y, votes, scale, COLOURS.get(c % COLOURS.size()), Figures.decimal(votes) + note);
      }
      y += ROW;
    }
    if (round.exhausted().signum() > 0) {
      svg.append(text(LABEL_WIDTH - 8, y + BAR_HEIGHT - 3, "Exhausted", "text-anchor=\"end\" fill=\"#616161\""));
      bar(svg, y, round.exhausted(), scale, EXHAUSTED_COLOUR, Figures.decimal(round.exhausted()));
      y += ROW;
    }
    if (round.threshold().isPresent()) {
      double x = LABEL_WIDTH + width(round.threshold().get(), scale);
      svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(top + HEADING - 4).append("\" x2=\"").append(number(x))
          .append("\" y2=\"").append(y - ROW + BAR_HEIGHT + 4)
          .append("\" stroke=\"#212121\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n");
      svg.append(text(x + 4, top + HEADING - 8, "to be elected: " + Figures.decimal(round.threshold().get()), "font-size=\"11\" fill=\"#212121\""));
    }
    svg.append("</g>\n");
    return top + blockHeight + GAP;
  }

  /** Names past 28 characters would run off the left edge; the tables give them whole. */
  private static String shortened(String name) {
    return name.codePointCount(0, name.length()) <= 28 ? name : name.substring(0, name.offsetByCodePoints(0, 27)) + "\u2026";
  }

  private static void bar(StringBuilder svg, int y, BigDecimal votes, BigDecimal scale, String colour, String label) {
    double w = width(votes, scale);
    svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(number(w))
        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour).append("\"/>\n");
    svg.append(text(LABEL_WIDTH + w + 6, y + BAR_HEIGHT - 3, label, ""));
  }

  private static double width(BigDecimal votes, BigDecimal scale) {
    return votes.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(scale, MathContext.DECIMAL64).doubleValue();
  }

  private static String text(double x, double y, String content, String attributes) {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"" + (attributes.isEmpty() ? "" : " " + attributes) + ">"
        + Markup.escape(content) + "</text>\n";
  }

  /** Coordinates to one decimal place, with a point whatever the default locale. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
