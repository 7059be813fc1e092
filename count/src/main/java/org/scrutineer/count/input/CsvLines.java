package org.scrutineer.count.input;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV conventions of ballot files (docs/formats/ballots.md): RFC 4180, a header line first,
 * UTF-8 with a byte-order mark allowed, spaces around a value ignored, empty lines and lines
 * starting with {@code #} skipped. Line numbers are the file's own, so errors point where an editor
 * does. FastCSV and no per-line regular expression: a million lines read in about a second.
 */
final class CsvLines {
  /** Receives the header's names, then each data line with the same number of fields. */
  interface Visitor {
    /** @return false to stop (the header is unusable) */
    boolean header(long line, List<String> names);

    void row(long line, CsvRecord record);
  }

  private CsvLines() {}

  static void read(Reader reader, String file, String expectedHeader, List<InputError> errors, Visitor visitor)
      throws IOException {
    CsvReader<CsvRecord> csv = CsvReader.builder()
        .commentStrategy(CommentStrategy.SKIP)
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .trimWhitespacesAroundQuotes(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(reader);
    try (csv) {
      int columns = -1;
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (columns < 0) {
          List<String> names = new ArrayList<>(record.getFieldCount());
          for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
              name = name.substring(1).strip();
            }
            names.add(name);
          }
          if (!visitor.header(line, names)) {
            return;
          }
          columns = names.size();
          continue;
        }
        if (record.getFieldCount() != columns) {
          errors.add(new LineError(file, line, "has " + record.getFieldCount() + " fields, the header has " + columns,
              "write one value per column of the header, an empty one for a skipped rank; quote a value that contains a comma"));
        } else {
          visitor.row(line, record);
        }
      }
      if (columns < 0) {
        errors.add(new FileError(file, "is empty", "the first line must be the header, e.g. " + expectedHeader));
      }
    } catch (CsvParseException e) {
      errors.add(new FileError(file, "is not valid CSV: " + causes(e),
          "check the quotes on that line: a quoted value must end with a quote, and a quote inside it is written twice (\"\")"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(": ").append(cause.getMessage());
    }
    return text.toString();
  }
}
