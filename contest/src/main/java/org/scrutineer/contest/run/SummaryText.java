package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;

/** The plain-text summary of {@code result.json}: one table per section and the total, as the party publishes it. */
final class SummaryText {
  private SummaryText() {}

  static String render(JsonNode result) {
    StringBuilder text = new StringBuilder();
    text.append(result.path("contest").asText()).append(": result\n");
    for (JsonNode section : result.path("sections")) {
      table(text, section);
    }
    table(text, result.path("total"));
    text.append("\nPercentages of valid votes; turnout of eligible voters (credentials issued minus votes removed).\n");
    if (!result.path("removals_sha256").isNull()) {
      text.append("Votes removed: see removals.json (SHA-256 ").append(result.path("removals_sha256").asText()).append(").\n");
    }
    return text.toString();
  }

  private static void table(StringBuilder text, JsonNode line) {
    text.append('\n').append(line.path("section").asText()).append('\n');
    for (JsonNode candidate : line.path("candidates")) {
      text.append(String.format("  %-28s %,10d  %6s%n", candidate.path("candidate").asText(), candidate.path("votes").asLong(),
          percent(candidate.path("percent"))));
    }
    text.append(String.format("  %-28s %,10d%n", "valid votes", line.path("valid").asLong()));
    text.append(String.format("  %-28s %,10d%n", "spoilt (blank)", line.path("spoilt").asLong()));
    text.append(String.format("  %-28s %,10d  (%,d issued, %,d removed)%n", "eligible", line.path("eligible").asLong(),
        line.path("issued").asLong(), line.path("removed").asLong()));
    text.append(String.format("  %-28s %,10d  %6s%n", "ballots counted, turnout", line.path("ballots").asLong(), percent(line.path("turnout"))));
  }

  private static String percent(JsonNode value) {
    return value.isNull() ? "-" : value.asText() + "%";
  }
}
