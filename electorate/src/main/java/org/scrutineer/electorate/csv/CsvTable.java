package org.scrutineer.electorate.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.register.Money;

/**
 * One CSV extract read row by row against the columns its format requires: a missing column, a
 * row with the wrong number of fields, or a value that does not parse is a problem naming file,
 * line and column, and the reading goes on so that all of a file's problems are reported at once.
 */
final class CsvTable {
  private final String file;
  private final List<InputProblem> problems;

  CsvTable(String file, List<InputProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Calls {@code each} for every data row; stops early only when the header is unusable. */
  void read(Reader reader, List<String> required, List<String> optional, Consumer<Row> each) {
    CsvReader<CsvRecord> csv =
        CsvReader.builder().skipEmptyLines(true).extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE).detectBomHeader(true).ofCsvRecord(reader);
    try (csv) {
      Map<String, Integer> columns = null;
      int width = 0;
      for (CsvRecord record : csv) {
        if (columns == null) {
          columns = header(record, required, optional);
          width = record.getFieldCount();
          if (columns == null) {
            return;
          }
          continue;
        }
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != width) {
          problems.add(new InputProblem(file, line, "", "has " + record.getFieldCount() + " fields, the header has " + width + "; quote values that contain commas"));
          continue;
        }
        each.accept(new Row(line, record, columns));
      }
      if (columns == null) {
        problems.add(new InputProblem(file, 0, "", "is empty; the first line must be the header " + String.join(",", required)));
      }
    } catch (CsvParseException e) {
      problems.add(new InputProblem(file, 0, "", "is not valid CSV: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Integer> header(CsvRecord record, List<String> required, List<String> optional) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).trim();
      if (!required.contains(name) && !optional.contains(name)) {
        problems.add(new InputProblem(file, record.getStartingLineNumber(), name, "is not a column of this file; expected " + String.join(",", required) + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional))));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(new InputProblem(file, record.getStartingLineNumber(), name, "appears twice in the header"));
      }
    }
    boolean complete = true;
    for (String name : required) {
      if (!columns.containsKey(name)) {
        problems.add(new InputProblem(file, record.getStartingLineNumber(), name, "is missing from the header; add the column (see docs/formats/register.md)"));
        complete = false;
      }
    }
    return complete ? columns : null;
  }

  /** One data row: typed accessors that record a problem and return a placeholder on bad input. */
  final class Row {
    final long line;
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private boolean valid = true;

    Row(long line, CsvRecord record, Map<String, Integer> columns) {
      this.line = line;
      this.record = record;
      this.columns = columns;
    }

    /** Whether no accessor has found a problem in this row so far. */
    boolean valid() {
      return valid;
    }

    void problem(String column, String message) {
      valid = false;
      problems.add(new InputProblem(file, line, column, message));
    }

    Optional<String> optionalText(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        return Optional.empty();
      }
      String value = record.getField(index).trim();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String text(String column) {
      Optional<String> value = optionalText(column);
      if (value.isEmpty()) {
        problem(column, "is empty; a value is required");
        return "?";
      }
      return value.get();
    }

    LocalDate date(String column) {
      return parsed(column, text(column), LocalDate::parse, "a date (expected YYYY-MM-DD, e.g. 2016-01-12)").orElse(LocalDate.EPOCH);
    }

    Optional<LocalDate> optionalDate(String column) {
      return optionalText(column).flatMap(text -> parsed(column, text, LocalDate::parse, "a date (expected YYYY-MM-DD, e.g. 2016-01-12, or leave it empty)"));
    }

    Instant instant(String column) {
      return parsed(column, text(column), CsvTable::parseInstant, "a timestamp (expected ISO-8601 with an offset, e.g. 2016-07-18T17:00:00+01:00)").orElse(Instant.EPOCH);
    }

    Optional<Instant> optionalInstant(String column) {
      return optionalText(column).flatMap(text -> parsed(column, text, CsvTable::parseInstant, "a timestamp (expected ISO-8601 with an offset, e.g. 2016-07-18T17:00:00+01:00, or leave it empty)"));
    }

    /** Pounds with at most two decimals ("25.00", "25") as pence; empty counts as 0. */
    long pence(String column) {
      Optional<String> text = optionalText(column);
      if (text.isEmpty()) {
        return 0;
      }
      return parsed(column, text.get(), pounds -> Money.parsePounds(pounds).orElseThrow(), "an amount in pounds (expected e.g. 25.00: not negative, at most two decimals, no £ sign)").orElse(0L);
    }

    <T> T choice(String column, Function<String, Optional<T>> parse, String known, T placeholder) {
      String text = text(column);
      if (!valid && text.equals("?")) {
        return placeholder;
      }
      Optional<T> value = parse.apply(text);
      if (value.isEmpty()) {
        problem(column, "\"" + text + "\" is not one of " + known);
        return placeholder;
      }
      return value.get();
    }

    private <T> Optional<T> parsed(String column, String text, Function<String, T> parse, String expected) {
      if (text.equals("?") && !valid) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (RuntimeException e) {
        problem(column, "\"" + text + "\" is not " + expected);
        return Optional.empty();
      }
    }
  }

  private static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

}
