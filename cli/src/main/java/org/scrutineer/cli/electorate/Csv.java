package org.scrutineer.cli.electorate;

/** Quoting of one CSV field as RFC 4180 asks: only when it holds a comma, quote or line break. */
final class Csv {
  private Csv() {}

  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
