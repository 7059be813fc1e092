package org.scrutineer.nominations.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutineer.nominations.error.FieldError;
import org.scrutineer.nominations.error.LineError;
import org.scrutineer.nominations.error.NominationError;

/**
 * One data row of a CSV file, by column name. Each typed getter returns the value, or records a
 * {@link FieldError} naming file, line, column, value and fix and returns empty, so a reader checks
 * every field of every row and reports all problems together.
 */
final class Row {
  static final String TIMESTAMP_EXAMPLE = "2016-07-18T17:00:00+01:00";

  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final List<String> fields;
  private final List<NominationError> errors;

  Row(String file, long line, Map<String, Integer> columns, List<String> fields, List<NominationError> errors) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.fields = fields;
    this.errors = errors;
  }

  /** {@code nominations.csv:17}: where this row is, for explanations. */
  String source() {
    return file + ":" + line;
  }

  long line() {
    return line;
  }

  /** The field as written, without surrounding spaces; may be empty. */
  String raw(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalStateException("column " + column + " was not required of the header");
    }
    return fields.get(index).strip();
  }

  /** A non-empty field. */
  Optional<String> text(String column, String what) {
    String value = raw(column);
    if (value.isEmpty()) {
      fieldError(column, value, "is empty", "give " + what);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** An ISO-8601 timestamp with a UTC offset. */
  Optional<OffsetDateTime> timestamp(String column) {
    String value = raw(column);
    try {
      return Optional.of(OffsetDateTime.parse(value));
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDateTime.parse(value);
        fieldError(column, value, "has no UTC offset",
            "add one, e.g. " + value + "+01:00 for British Summer Time or " + value + "Z for UTC");
      } catch (DateTimeParseException notLocal) {
        fieldError(column, value, "is not a timestamp", "expected ISO-8601 like " + TIMESTAMP_EXAMPLE);
      }
      return Optional.empty();
    }
  }

  /** An ISO-8601 date. */
  Optional<LocalDate> date(String column) {
    String value = raw(column);
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      fieldError(column, value, "is not a date", "expected YYYY-MM-DD like 2016-08-15");
      return Optional.empty();
    }
  }

  /** A whole number, zero or more, digits only. */
  OptionalLong count(String column) {
    String value = raw(column);
    if (!value.isEmpty() && value.length() <= 18 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.of(Long.parseLong(value));
    }
    fieldError(column, value, "is not a whole number", "expected digits only, like 1250000");
    return OptionalLong.empty();
  }

  /** One of {@code choices}, written exactly as its key. */
  <E> Optional<E> choice(String column, Map<String, E> choices, String what) {
    String value = raw(column);
    E choice = choices.get(value);
    if (choice == null) {
      fieldError(column, value, "is not " + what,
          "expected " + String.join(" or ", choices.keySet().stream().sorted().toList()));
      return Optional.empty();
    }
    return Optional.of(choice);
  }

  void fieldError(String column, String value, String problem, String fix) {
    errors.add(new FieldError(file, line, column, value, problem, fix));
  }

  void lineError(String problem, String fix) {
    errors.add(new LineError(file, line, problem, fix));
  }
}
