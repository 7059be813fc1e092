package org.scrutineer.count.input;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * Reads ranked ballots from CSV (docs/formats/ballots.md, "CSV, ranked"): a header naming {@code
 * section} (optional), {@code count} (optional: the ballots a line stands for, or its weight) and
 * the rank columns {@code r1..rN}; one ballot per line; an empty cell is a skipped rank and
 * {@code A|B} marks two candidates at one rank.
 *
 * <p>Identical lines (same section and marks) are merged as they are read, keyed by their text, so a
 * million lines of five candidates cost a few hundred ballots; each distinct line is checked once
 * and an error names its first line and how many more repeat it.
 */
public final class RankedCsv {
  static final String HEADER_EXAMPLE = "section,count,r1,r2,r3";

  private RankedCsv() {}

  public static Parsed<RankedInput> read(Reader reader, String file, ReadOptions options) throws IOException {
    List<InputError> errors = new ArrayList<>();
    Reading reading = new Reading(file, errors);
    CsvLines.read(reader, file, HEADER_EXAMPLE, errors, reading);
    if (reading.ranks == null) {
      return Parsed.failed(errors);
    }
    NameTable names = new NameTable(options.candidates());
    List<RankedBallot> ballots = new ArrayList<>(reading.groups.size());
    for (Group group : reading.groups.values()) {
      reading.ballot(group, names).ifPresent(ballots::add);
    }
    if (!errors.isEmpty()) {
      return Parsed.failed(errors);
    }
    return Parsed.of(new RankedInput(new RankedBallots(names.candidates(), ballots), OptionalInt.empty(), Optional.empty(),
        reading.lines), errors);
  }

  /** The lines with one text: where it first appears, how many repeat it, their summed weight. */
  private static final class Group {
    final long firstLine;
    final String[] fields;
    long lines = 1;
    BigDecimal weight;

    Group(long firstLine, String[] fields, BigDecimal weight) {
      this.firstLine = firstLine;
      this.fields = fields;
      this.weight = weight;
    }
  }

  private static final class Reading implements CsvLines.Visitor {
    private final String file;
    private final List<InputError> errors;
    private int section = -1;
    private int count = -1;
    /** Column index of r1, r2, …; null until a usable header is read. */
    private int[] ranks;
    private List<String> header;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private long lines;
    private final StringBuilder key = new StringBuilder(64);

    Reading(String file, List<InputError> errors) {
      this.file = file;
      this.errors = errors;
    }

    @Override
    public boolean header(long line, List<String> names) {
      header = names;
      Map<Integer, Integer> rankColumns = new HashMap<>();
      Set<String> seen = new HashSet<>();
      int before = errors.size();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!seen.add(name)) {
          errors.add(new LineError(file, line, "the header names column " + name + " twice", "name each column once"));
        } else if (name.equals("section")) {
          section = i;
        } else if (name.equals("count")) {
          count = i;
        } else if (rankNumber(name) > 0) {
          rankColumns.put(rankNumber(name), i);
        } else {
          errors.add(new LineError(file, line, "the header has column \"" + name + "\", which is not section, count or a rank r1, r2, …",
              "name the columns section (optional), count (optional), then r1, r2, … one per rank, e.g. " + HEADER_EXAMPLE));
        }
      }
      if (rankColumns.isEmpty() && errors.size() == before) {
        errors.add(new LineError(file, line, "the header has no rank column r1",
            "name one column per rank, r1, r2, …, e.g. " + HEADER_EXAMPLE));
      }
      for (int r = 1; r <= rankColumns.size(); r++) {
        if (!rankColumns.containsKey(r)) {
          errors.add(new LineError(file, line, "the header has no column r" + r + " but has a later rank",
              "number the rank columns r1, r2, … without a gap"));
          break;
        }
      }
      if (errors.size() != before) {
        return false;
      }
      ranks = new int[rankColumns.size()];
      for (int r = 1; r <= ranks.length; r++) {
        ranks[r - 1] = rankColumns.get(r);
      }
      return true;
    }

    private static int rankNumber(String name) {
      if (name.length() < 2 || name.length() > 6 || name.charAt(0) != 'r' || name.charAt(1) == '0') {
        return -1;
      }
      for (int i = 1; i < name.length(); i++) {
        if (name.charAt(i) < '0' || name.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(name.substring(1));
    }

    @Override
    public void row(long line, CsvRecord record) {
      lines++;
      BigDecimal weight = BigDecimal.ONE;
      if (count >= 0) {
        String countText = record.getField(count).strip();
        Optional<BigDecimal> parsed = Weights.parse(countText);
        if (parsed.isEmpty()) {
          errors.add(new FieldError(file, line, "column count", countText, "is not a number of ballots", Weights.FIX));
          return;
        }
        weight = parsed.get();
      }
      // The key is the line's text without its count; the fields are split out only for a new one.
      key.setLength(0);
      if (section >= 0) {
        key.append(record.getField(section).strip()).append('\u0000');
      }
      for (int column : ranks) {
        key.append(record.getField(column).strip()).append('\u0000');
      }
      String text = key.toString();
      Group group = groups.get(text);
      if (group == null) {
        String[] fields = new String[ranks.length + (section >= 0 ? 1 : 0)];
        int f = 0;
        if (section >= 0) {
          fields[f++] = record.getField(section).strip();
        }
        for (int column : ranks) {
          fields[f++] = record.getField(column).strip();
        }
        groups.put(text, new Group(line, fields, weight));
      } else {
        group.lines++;
        group.weight = group.weight.add(weight);
      }
    }

    /** The ballot a group of identical lines stands for, or its errors. */
    Optional<RankedBallot> ballot(Group group, NameTable names) {
      int before = errors.size();
      String repeated = group.lines > 1 ? ", as on " + (group.lines - 1) + " more lines with the same marks" : "";
      int f = 0;
      String sectionName = "";
      if (section >= 0) {
        sectionName = group.fields[f++];
        if (sectionName.isEmpty()) {
          errors.add(new FieldError(file, group.firstLine, "column section", "", "is empty" + repeated,
              "give the section the ballot was cast in, or remove the section column"));
        }
      }
      int[][] marks = new int[ranks.length][];
      int last = 0;
      for (int r = 0; r < ranks.length; r++, f++) {
        String cell = group.fields[f];
        marks[r] = cell.isEmpty() ? new int[0] : rank(cell, "column " + header.get(ranks[r]), group.firstLine, repeated, names);
        if (marks[r].length > 0) {
          last = r + 1;
        }
      }
      if (errors.size() != before) {
        return Optional.empty();
      }
      // Blank ranks after the last mark change nothing (the ballot exhausts there either way); dropping
      // them lets "A,," and "A" be one ballot.
      int[][] trimmed = new int[last][];
      System.arraycopy(marks, 0, trimmed, 0, last);
      return Optional.of(new RankedBallot(trimmed, group.weight, sectionName));
    }

    private int[] rank(String cell, String field, long line, String repeated, NameTable names) {
      List<Integer> marked = new ArrayList<>(2);
      int start = 0;
      while (true) {
        int bar = cell.indexOf('|', start);
        String name = (bar < 0 ? cell.substring(start) : cell.substring(start, bar)).strip();
        if (name.isEmpty()) {
          errors.add(new FieldError(file, line, field, cell, "has an empty name beside |" + repeated,
              "write A|B for two candidates at one rank, each name in full"));
          return new int[0];
        }
        OptionalInt index = names.indexOf(name);
        if (index.isEmpty()) {
          errors.add(new FieldError(file, line, field, name, "is not a candidate" + repeated, names.expected()));
        } else if (marked.contains(index.getAsInt())) {
          errors.add(new FieldError(file, line, field, cell, "names " + name + " twice at one rank" + repeated,
              "name each candidate once in a rank"));
        } else {
          marked.add(index.getAsInt());
        }
        if (bar < 0) {
          break;
        }
        start = bar + 1;
      }
      return marked.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
