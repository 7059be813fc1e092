package org.scrutineer.contest.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of plain text in aligned columns: the first column left-aligned, the others right-aligned,
 * two spaces apart, no trailing spaces. Widths count code points (wide East Asian characters would
 * need two columns each; names are rarely in them).
 */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  TextTable row(List<String> cells) {
    rows.add(cells.stream().map(TextTable::printable).toList());
    return this;
  }

  /**
   * {@code text} safe to print to a terminal: control characters (an ESC could move the cursor or
   * recolour the screen) and format characters (a right-to-left override could reverse a name) become
   * {@code ?}.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(
        Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c) && c < 0x10000 ? '?' : c));
    return out.toString();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  String render() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        String padding = " ".repeat(widths[c] - width(cell));
        if (c == 0) {
          line.append(cell).append(padding);
        } else {
          line.append("  ").append(padding).append(cell);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
