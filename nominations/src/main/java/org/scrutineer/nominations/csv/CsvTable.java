package org.scrutineer.nominations.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.nominations.error.FileError;
import org.scrutineer.nominations.error.LineError;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;

/**
 * The CSV conventions all nominations files share (docs/formats/nominations.md): RFC 4180 with a
 * header line naming the columns, in any order, extra columns ignored; UTF-8, a byte-order mark
 * allowed; spaces around a value ignored; empty lines and lines starting with {@code #} skipped.
 * Line numbers are the file's own (the header is line 1), so errors point where an editor does.
 */
final class CsvTable {
  /** Makes one value of a row, or records its problems and returns empty. */
  @FunctionalInterface
  interface RowReader<T> {
    Optional<T> read(Row row);
  }

  private CsvTable() {}

  static <T> Parsed<T> read(Reader reader, String file, List<String> required, ReadProgress progress, RowReader<T> rowReader)
      throws IOException {
    List<T> values = new ArrayList<>();
    List<NominationError> errors = new ArrayList<>();
    CsvReader<CsvRecord> csv = CsvReader.builder()
        .commentStrategy(CommentStrategy.SKIP)
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .trimWhitespacesAroundQuotes(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(reader);
    try (csv) {
      Map<String, Integer> columns = null;
      long rows = 0;
      for (CsvRecord record : csv) {
        if (columns == null) {
          Optional<Map<String, Integer>> header = header(file, record, required, errors);
          if (header.isEmpty()) {
            return Parsed.of(List.of(), errors);
          }
          columns = header.get();
          continue;
        }
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != columns.size()) {
          errors.add(new LineError(file, line,
              "has " + record.getFieldCount() + " fields, the header has " + columns.size(),
              "write one value per column of the header; quote a value that contains a comma"));
        } else {
          rowReader.read(new Row(file, line, columns, record.getFields(), errors)).ifPresent(values::add);
        }
        progress.rowsRead(file, ++rows);
      }
      if (columns == null) {
        errors.add(new FileError(file, "is empty", "the first line must be the header: " + String.join(",", required)));
      }
    } catch (CsvParseException e) {
      errors.add(new FileError(file, "is not valid CSV: " + causes(e),
          "check the quotes on that line: a quoted value must end with a quote, and a quote inside it is written twice (\"\")"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return Parsed.of(values, errors);
  }

  /** The header's columns by name, if it names every required one exactly once. */
  private static Optional<Map<String, Integer>> header(
      String file, CsvRecord record, List<String> required, List<NominationError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = new ArrayList<>();
    boolean repeated = false;
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      names.add(name);
      if (columns.putIfAbsent(name, i) != null && !name.isEmpty()) {
        repeated = true;
        errors.add(new LineError(file, record.getStartingLineNumber(), "the header names column " + name + " twice",
            "name each column once"));
      }
    }
    List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      errors.add(new LineError(file, record.getStartingLineNumber(),
          "the header has no column " + String.join(", ", missing) + " (it has " + String.join(",", names) + ")",
          "the header must name " + String.join(",", required) + ", in any order"));
    }
    return missing.isEmpty() && !repeated ? Optional.of(Map.copyOf(columns)) : Optional.empty();
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(": ").append(cause.getMessage());
    }
    return text.toString();
  }
}
