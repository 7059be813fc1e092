package org.scrutineer.count.input;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallot;
import org.scrutineer.count.ballot.GradedBallots;

/**
 * Reads majority-judgment ballots from CSV (docs/formats/ballots.md, "CSV, graded"): a header naming
 * {@code section} (optional), {@code count} (optional) and then one column per candidate, the
 * candidate's name as its header; each cell a grade, 1 = best … G = worst, 0 = not graded; a line of
 * zeros is a blank ballot (as Belenios' majority-judgment questions). G is {@code --grades}, or else
 * the largest grade in the file. With {@code --candidates} the columns must be exactly those
 * candidates, in any order; the ballots follow the official order. Identical lines are merged.
 */
public final class GradedCsv {
  static final String HEADER_EXAMPLE = "count,Smith,Corbyn";

  private GradedCsv() {}

  public static Parsed<GradedBallots> read(Reader reader, String file, ReadOptions options) throws IOException {
    List<InputError> errors = new ArrayList<>();
    Reading reading = new Reading(file, errors, options);
    CsvLines.read(reader, file, HEADER_EXAMPLE, errors, reading);
    if (reading.candidates == null) {
      return Parsed.failed(errors);
    }
    int grades = options.grades().orElse(Math.max(1, reading.largest));
    if (options.grades().isPresent() && reading.largest > grades) {
      errors.add(new FileError(file, "has grade " + reading.largest + " on line " + reading.largestLine + ", beyond --grades "
          + grades, "grade from 1 (best) to " + grades + ", or give the right --grades"));
    }
    if (!errors.isEmpty()) {
      return Parsed.failed(errors);
    }
    List<GradedBallot> ballots = new ArrayList<>();
    reading.groups.forEach((key, group) -> ballots.add(new GradedBallot(group.grades, group.weight, group.section)));
    return Parsed.of(new GradedBallots(reading.candidates, grades, ballots), errors);
  }

  private static final class Group {
    final int[] grades;
    final String section;
    BigDecimal weight;

    Group(int[] grades, String section, BigDecimal weight) {
      this.grades = grades;
      this.section = section;
      this.weight = weight;
    }
  }

  private static final class Reading implements CsvLines.Visitor {
    private final String file;
    private final List<InputError> errors;
    private final ReadOptions options;
    private int section = -1;
    private int count = -1;
    private List<String> header;
    /** columnOf[c]: the column holding candidate c (official order). */
    private int[] columnOf;
    private Candidates candidates;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private int largest;
    private long largestLine;

    Reading(String file, List<InputError> errors, ReadOptions options) {
      this.file = file;
      this.errors = errors;
      this.options = options;
    }

    @Override
    public boolean header(long line, List<String> names) {
      header = names;
      int before = errors.size();
      List<String> named = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!seen.add(name)) {
          errors.add(new LineError(file, line, "the header names column " + name + " twice", "name each column once"));
        } else if (name.isEmpty()) {
          errors.add(new LineError(file, line, "the header's column " + (i + 1) + " has no name",
              "name each candidate's column by the candidate, e.g. " + HEADER_EXAMPLE));
        } else if (name.equals("section")) {
          section = i;
        } else if (name.equals("count")) {
          count = i;
        } else {
          named.add(name);
          columns.add(i);
        }
      }
      if (named.isEmpty() && errors.size() == before) {
        errors.add(new LineError(file, line, "the header names no candidate",
            "give one column per candidate, headed by the candidate's name, e.g. " + HEADER_EXAMPLE));
      }
      List<String> order = named;
      if (options.candidates().isPresent()) {
        order = options.candidates().get();
        for (String name : named) {
          if (!order.contains(name)) {
            errors.add(new LineError(file, line, "the header's column \"" + name + "\" is not a candidate",
                "expected one of " + String.join(", ", order) + " (the --candidates list), written exactly so"));
          }
        }
        for (String name : order) {
          if (!named.contains(name)) {
            errors.add(new LineError(file, line, "the header has no column for candidate " + name,
                "give every candidate of --candidates a column"));
          }
        }
      }
      if (errors.size() != before) {
        return false;
      }
      candidates = Candidates.of(order);
      columnOf = new int[order.size()];
      for (int c = 0; c < order.size(); c++) {
        columnOf[c] = columns.get(named.indexOf(order.get(c)));
      }
      return true;
    }

    @Override
    public void row(long line, CsvRecord record) {
      int before = errors.size();
      BigDecimal weight = BigDecimal.ONE;
      if (count >= 0) {
        String text = record.getField(count).strip();
        Optional<BigDecimal> parsed = Weights.parse(text);
        if (parsed.isEmpty()) {
          errors.add(new FieldError(file, line, "column count", text, "is not a number of ballots", Weights.FIX));
        } else {
          weight = parsed.get();
        }
      }
      String sectionName = section >= 0 ? record.getField(section).strip() : "";
      if (section >= 0 && sectionName.isEmpty()) {
        errors.add(new FieldError(file, line, "column section", "", "is empty",
            "give the section the ballot was cast in, or remove the section column"));
      }
      int[] grades = new int[columnOf.length];
      for (int c = 0; c < columnOf.length; c++) {
        String text = record.getField(columnOf[c]).strip();
        int grade = grade(text);
        if (grade < 0) {
          errors.add(new FieldError(file, line, "column " + header.get(columnOf[c]), text, "is not a grade",
              "expected a whole number, 1 = best, 0 = not graded" + options.grades().stream()
                  .mapToObj(g -> ", at most " + g).findFirst().orElse("")));
        } else {
          grades[c] = grade;
          if (grade > largest) {
            largest = grade;
            largestLine = line;
          }
        }
      }
      if (errors.size() != before) {
        return;
      }
      String key = sectionName + '\u0000' + Arrays.toString(grades);
      Group group = groups.get(key);
      if (group == null) {
        groups.put(key, new Group(grades, sectionName, weight));
      } else {
        group.weight = group.weight.add(weight);
      }
    }

    private static int grade(String text) {
      if (text.isEmpty() || text.length() > 4) {
        return -1;
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(text);
    }
  }
}
