package org.scrutineer.contest.report;

/**
 * Escaping for HTML text, attribute values and SVG (XML): every string that comes from input —
 * candidates' names, removal reasons, commands — goes through {@link #escape}, so a candidate named
 * {@code <script>} is text on the page, never markup. Numeric references only, which XML and HTML
 * both read. Control characters other than tab and newline, and lone surrogates, cannot appear in XML 1.0
 * and are replaced by U+FFFD.
 */
final class Markup {
  private Markup() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff) {
            out.append('\uFFFD');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
