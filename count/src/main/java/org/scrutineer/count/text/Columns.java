package org.scrutineer.count.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Lays out a table as text: columns two spaces apart, numbers right-aligned, text left-aligned. Pure. */
final class Columns {
  private Columns() {}

  /**
   * The rows as lines, trailing spaces removed; every row has the first row's number of cells.
   *
   * @param text which columns hold text (left-aligned); the others are right-aligned
   */
  static List<String> aligned(List<List<String>> rows, IntPredicate text) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String spaces = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(text.test(c) ? cell + spaces : spaces + cell);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
