package org.scrutineer.count.method.irv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;

/**
 * One golden folder under validation/irv: {@code ballots.csv} ({@code [section,]count,r1..rN}, an
 * empty cell a skipped rank, {@code A|B} two candidates at one rank), {@code rules.json} (the
 * issue's flag names as keys, plus method and seats), {@code expected.json} (winners and rounds as
 * the independent tabulator gave them).
 *
 * <p>A test-only reader of exactly this format, so the validation does not wait for {@code
 * count.input}; it is to be replaced by the real CSV reader.
 */
record GoldenCase(String name, RankedCount method, int seats, RankedBallots ballots, CountRules rules,
    JsonNode expected) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static GoldenCase read(Path folder) throws IOException {
    JsonNode rulesJson = JSON.readTree(folder.resolve("rules.json").toFile());
    List<String> names = new ArrayList<>();
    rulesJson.get("candidates").forEach(n -> names.add(n.asText()));
    Candidates candidates = Candidates.of(names);
    RankedBallots ballots = ballots(folder.resolve("ballots.csv"), candidates);
    RankedCount method = switch (rulesJson.get("method").asText()) {
      case "irv" -> new InstantRunoff();
      case "sequential-irv" -> new SequentialIrv();
      case "bottoms-up" -> new BottomsUp();
      default -> throw new IllegalArgumentException(folder + "/rules.json: unknown method " + rulesJson.get("method"));
    };
    return new GoldenCase(folder.getFileName().toString(), method, rulesJson.get("seats").asInt(), ballots,
        rules(method.defaults(), rulesJson), JSON.readTree(folder.resolve("expected.json").toFile()));
  }

  static CountRules rules(CountRules defaults, JsonNode json) {
    CountRules rules = defaults;
    for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) json::fields) {
      JsonNode v = field.getValue();
      rules = switch (field.getKey()) {
        case "method", "seats" -> rules;
        case "overvote" -> rules.withOvervote(enumByFlag(Overvote.values(), v.asText()));
        case "max-skipped-ranks" -> rules.withMaxSkippedRanks(
            v.asText().equals("unlimited") ? OptionalInt.empty() : OptionalInt.of(v.asInt()));
        case "duplicate" -> rules.withDuplicate(enumByFlag(DuplicateCandidate.values(), v.asText()));
        case "tiebreak" -> rules.withTieBreak(TieBreak.parse(v.asText()));
        case "batch-elimination" -> rules.withBatchElimination(v.asBoolean());
        case "continue-until-two" -> rules.withContinueUntilTwo(v.asBoolean());
        case "minimum-votes" -> rules.withMinimumVotes(new BigDecimal(v.asText()));
        case "threshold" -> rules.withThreshold(enumByFlag(Threshold.values(), v.asText()));
        case "decimal-places" -> rules.withDecimalPlaces(v.asInt());
        case "candidates" -> {
          List<String> order = new ArrayList<>();
          v.forEach(n -> order.add(n.asText()));
          yield rules.withCandidateOrder(order);
        }
        default -> throw new IllegalArgumentException("rules.json: unknown key " + field.getKey());
      };
    }
    return rules;
  }

  private static <E extends Enum<E>> E enumByFlag(E[] values, String flag) {
    for (E e : values) {
      if (e.toString().equals(flag)) {
        return e;
      }
    }
    throw new IllegalArgumentException("rules.json: \"" + flag + "\" is not one of " + List.of(values));
  }

  static RankedBallots ballots(Path csv, Candidates candidates) throws IOException {
    List<RankedBallot> ballots = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> records = CsvReader.builder().ofCsvRecord(reader)) {
      List<String> header = null;
      for (CsvRecord record : records) {
        List<String> fields = record.getFields();
        if (header == null) {
          header = fields;
          continue;
        }
        int col = 0;
        String section = "";
        if (header.get(0).equals("section")) {
          section = fields.get(col++);
        }
        BigDecimal count = new BigDecimal(fields.get(col++));
        List<int[]> ranks = new ArrayList<>();
        for (; col < fields.size(); col++) {
          String cell = fields.get(col);
          if (cell.isEmpty()) {
            ranks.add(new int[0]);
            continue;
          }
          String[] parts = cell.split("\\|");
          int[] marks = new int[parts.length];
          for (int i = 0; i < parts.length; i++) {
            String name = parts[i];
            marks[i] = candidates.indexOf(name).orElseThrow(() -> new IllegalArgumentException(
                csv + ":" + record.getStartingLineNumber() + ": unknown candidate \"" + name + "\""));
          }
          ranks.add(marks);
        }
        ballots.add(new RankedBallot(ranks.toArray(int[][]::new), count, section));
      }
    }
    return new RankedBallots(candidates, ballots);
  }

  @Override
  public String toString() {
    return name;
  }
}
