package org.scrutineer.nominations.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.scrutineer.nominations.contest.Timestamps;
import org.scrutineer.nominations.parliamentary.NominationDecision;
import org.scrutineer.nominations.parliamentary.WithdrawalDecision;
import org.scrutineer.nominations.result.CandidateOutcome;
import org.scrutineer.nominations.result.Check;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.result.RouteOutcome;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.supporting.AffiliateDecision;
import org.scrutineer.nominations.supporting.ClpDecision;
import org.scrutineer.nominations.supporting.SupportTally;

/**
 * Writes a {@link NominationResult} as JSON (docs/formats/nominations.md, "The result"), members in
 * a fixed order, so that two runs on the same input give the same bytes: the candidates' outcomes,
 * then every decision with its reason code and explanation.
 */
public final class ResultJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJson() {}

  /** Writes {@code result} to {@code writer} (which it does not close), then a newline. */
  public static void write(NominationResult result, Writer writer) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(writer)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      NominationRules rules = result.rules();
      json.writeStartObject();
      json.writeStringField("format", "scrutineer-nominations-result/1");
      json.writeStringField("contest", rules.contest().title());
      json.writeStringField("rules", rules.name());
      json.writeStringField("variant", rules.variant().code());
      json.writeStringField("parliamentary_close", Timestamps.show(rules.contest().parliamentaryClose()));
      if (rules.contest().supportingClose().isPresent()) {
        json.writeStringField("supporting_close", rules.contest().supportingClose().get().toString());
      }
      json.writeObjectFieldStart("whole");
      json.writeNumberField("count", result.whole().count());
      json.writeStringField("explanation", result.whole().explanation());
      json.writeEndObject();
      json.writeStringField("status", result.status().code());
      json.writeStringField("status_explanation", result.statusExplanation());
      json.writeArrayFieldStart("candidates");
      for (CandidateOutcome outcome : result.candidates()) {
        candidate(json, outcome);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("nominations");
      for (NominationDecision decision : result.parliamentary().nominations()) {
        json.writeStartObject();
        json.writeStringField("source", decision.nomination().source());
        json.writeStringField("nominator_id", decision.nomination().nominatorId());
        json.writeStringField("candidate", decision.nomination().candidate());
        json.writeStringField("nominated_at", Timestamps.show(decision.nomination().at()));
        json.writeBooleanField("counted", decision.counted());
        json.writeStringField("reason", decision.reason().code());
        json.writeStringField("explanation", decision.explanation());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("withdrawals");
      for (WithdrawalDecision decision : result.parliamentary().withdrawals()) {
        json.writeStartObject();
        json.writeStringField("source", decision.withdrawal().source());
        json.writeStringField("nominator_id", decision.withdrawal().nominatorId());
        json.writeStringField("withdrawn_at", Timestamps.show(decision.withdrawal().at()));
        json.writeStringField("effect", decision.effect().code());
        json.writeStringField("explanation", decision.explanation());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("clp_nominations");
      for (ClpDecision decision : result.supporting().clps()) {
        json.writeStartObject();
        json.writeStringField("source", decision.nomination().source());
        json.writeStringField("clp_code", decision.nomination().clp());
        json.writeStringField("candidate", decision.nomination().candidate());
        json.writeStringField("meeting_on", decision.nomination().meetingOn().toString());
        json.writeBooleanField("counted", decision.counted());
        json.writeStringField("reason", decision.reason().code());
        json.writeStringField("explanation", decision.explanation());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("affiliate_nominations");
      for (AffiliateDecision decision : result.supporting().affiliates()) {
        json.writeStartObject();
        json.writeStringField("source", decision.nomination().source());
        json.writeStringField("affiliate", decision.nomination().affiliate());
        json.writeStringField("kind", decision.nomination().kind().code());
        json.writeNumberField("affiliated_members", decision.nomination().affiliatedMembers());
        json.writeStringField("candidate", decision.nomination().candidate());
        json.writeBooleanField("counted", decision.counted());
        json.writeStringField("reason", decision.reason().code());
        json.writeStringField("explanation", decision.explanation());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    writer.write('\n');
    writer.flush();
  }

  private static void candidate(JsonGenerator json, CandidateOutcome outcome) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", outcome.candidate());
    json.writeBooleanField("incumbent", outcome.incumbent());
    json.writeBooleanField("nominated", outcome.nominated());
    json.writeStringField("standing", outcome.standing().code());
    strings(json, "why", outcome.why());
    json.writeObjectFieldStart("parliamentary");
    json.writeNumberField("nominations", outcome.parliamentaryNominations());
    json.writeNumberField("mps", outcome.mps());
    json.writeNumberField("meps", outcome.meps());
    check(json, "threshold", outcome.parliamentary());
    json.writeEndObject();
    SupportTally support = outcome.support();
    json.writeObjectFieldStart("supporting");
    json.writeNumberField("clps", support.clps());
    json.writeNumberField("affiliates", support.affiliates());
    json.writeNumberField("trade_unions", support.tradeUnions());
    json.writeNumberField("socialist_societies", support.socialistSocieties());
    json.writeNumberField("affiliated_members", support.affiliatedMembers());
    json.writeArrayFieldStart("routes");
    for (RouteOutcome route : outcome.routes()) {
      json.writeStartObject();
      json.writeStringField("route", route.route());
      json.writeBooleanField("passed", route.passed());
      json.writeArrayFieldStart("checks");
      for (Check check : route.checks()) {
        check(json, null, check);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void check(JsonGenerator json, String field, Check check) throws IOException {
    if (field == null) {
      json.writeStartObject();
    } else {
      json.writeObjectFieldStart(field);
    }
    json.writeStringField("name", check.name());
    json.writeNumberField("needed", check.needed());
    json.writeNumberField("has", check.has());
    json.writeBooleanField("passed", check.passed());
    json.writeStringField("explanation", check.explanation());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
