package org.scrutineer.contest.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ResultLine;
import org.scrutineer.count.json.JsonFields;

/**
 * {@code result.json} (docs/formats/contest-result.md): the result by section and in total, what
 * each ballot box received and refused, the rounds of a preferential count, and the files it comes
 * from. Keys are always in the documented order and every number is written exactly ({@link
 * BigDecimal#toPlainString}: {@code 59.0}, {@code 1234.50000}, never through a binary double), so the
 * same contest gives the same bytes and two results compare with {@code cmp}.
 */
public final class ResultJson {
  /** Names the format and its version; a reader refuses a version it does not know. */
  public static final String FORMAT = "scrutineer-contest-result/1";

  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private ResultJson() {}

  /** The file's text, indented two spaces, ending with a newline. */
  public static String render(ContestReport report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("contest", report.title());
      json.writeStringField("method", report.method());
      JsonFields.names(json, "candidates", report.candidates());
      JsonFields.names(json, "winners", report.winners());
      List<Column> columns = report.columns();
      json.writeArrayFieldStart("sections");
      for (Column column : columns.subList(0, columns.size() - 1)) {
        line(json, column);
      }
      json.writeEndArray();
      json.writeFieldName("total");
      line(json, columns.get(columns.size() - 1));
      json.writeFieldName("rounds");
      if (report.rounds().isPresent()) {
        rounds(json, report.rounds().get());
      } else {
        json.writeNull();
      }
      json.writeArrayFieldStart("sources");
      for (PublishedFile file : report.sources()) {
        json.writeStartObject();
        json.writeStringField("path", file.path());
        json.writeStringField("sha256", file.sha256());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out + "\n";
  }

  private static void line(JsonGenerator json, Column column) throws IOException {
    ResultLine line = column.line();
    json.writeStartObject();
    json.writeStringField("section", column.label());
    json.writeNumberField("issued", line.issued());
    json.writeNumberField("removed", line.removed());
    json.writeNumberField("eligible", line.eligible());
    json.writeNumberField("received", column.received());
    json.writeNumberField("cast", column.cast());
    json.writeObjectFieldStart("rejected");
    json.writeNumberField("ballots", column.rejectedTotal());
    json.writeArrayFieldStart("reasons");
    for (Rejected rejected : column.rejected()) {
      json.writeStartObject();
      json.writeStringField("reason", rejected.reason());
      json.writeNumberField("ballots", rejected.ballots());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeNumberField("counted", line.ballots());
    json.writeNumberField("spoilt", line.spoilt());
    json.writeNumberField("valid", line.valid());
    json.writeArrayFieldStart("candidates");
    for (CandidateVotes candidate : line.candidates()) {
      json.writeStartObject();
      json.writeStringField("name", candidate.candidate());
      json.writeNumberField("votes", candidate.votes());
      JsonFields.optionalNumber(json, "percent", candidate.percent());
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonFields.optionalNumber(json, "turnout", line.turnout());
    json.writeEndObject();
  }

  private static void rounds(JsonGenerator json, Rounds rounds) throws IOException {
    json.writeStartObject();
    json.writeStringField("method", rounds.method());
    json.writeNumberField("seats", rounds.seats());
    JsonFields.names(json, "winners", rounds.winners());
    json.writeArrayFieldStart("rounds");
    for (RoundTally round : rounds.rounds()) {
      json.writeStartObject();
      json.writeNumberField("round", round.round());
      JsonFields.votes(json, "tally", round.tally());
      json.writeNumberField("exhausted", round.exhausted());
      JsonFields.optionalNumber(json, "threshold", round.threshold());
      JsonFields.names(json, "elected", round.elected());
      JsonFields.names(json, "eliminated", round.eliminated());
      json.writeObjectFieldStart("sections");
      for (Map.Entry<String, RoundTally.SectionTally> section : round.sections().entrySet()) {
        json.writeObjectFieldStart(section.getKey());
        JsonFields.votes(json, "tally", section.getValue().tally());
        json.writeNumberField("exhausted", section.getValue().exhausted());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
