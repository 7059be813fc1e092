package org.scrutineer.electorate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Section;

/**
 * Reads a ruleset file (docs/formats/ruleset.md) and checks it whole: unknown fields, missing ones,
 * wrong types, impossible combinations (a fee window that closes before it opens) are each a
 * problem naming the field and the fix.
 */
public final class RulesetReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECTIONS = "\"member\", \"registered_supporter\", \"affiliated_supporter\"";

  private RulesetReader() {}

  /** @param file the name problems are reported against */
  public static Parsed<Ruleset> read(String file, String text) {
    List<InputProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(new InputProblem(file, Math.max(line, 0), "", "is not valid JSON: " + e.getOriginalMessage()));
      return new Parsed.Invalid<>(problems);
    }
    if (root == null || !root.isObject()) {
      problems.add(new InputProblem(file, 0, "", "must hold one JSON object { ... } (see docs/formats/ruleset.md)"));
      return new Parsed.Invalid<>(problems);
    }
    JsonFields top = new JsonFields(file, "", root, problems);
    top.allowOnly(Set.of("name", "reference_date", "precedence", "exclusions_apply", "members", "registered_supporters", "affiliated_supporters", "comment"));
    String name = top.text("name");
    LocalDate referenceDate = top.date("reference_date");
    List<Section> precedence = top.names("precedence", Section::fromKey, SECTIONS);
    if (root.has("precedence") && new HashSet<>(precedence).size() != Section.values().length) {
      top.problem("precedence", "must name each of " + SECTIONS + " exactly once");
    }
    boolean exclusionsApply = top.bool("exclusions_apply", true);

    MemberRules members = top.object("members").map(RulesetReader::members).orElse(null);
    RegisteredSupporterRules supporters = top.object("registered_supporters").map(RulesetReader::registeredSupporters).orElse(null);
    AffiliatedSupporterRules affiliated = top.object("affiliated_supporters").map(RulesetReader::affiliatedSupporters).orElse(null);
    if (!problems.isEmpty()) {
      return new Parsed.Invalid<>(problems);
    }
    return new Parsed.Valid<>(new Ruleset(name, referenceDate, precedence, exclusionsApply, members, supporters, affiliated));
  }

  private static MemberRules members(JsonFields fields) {
    fields.allowOnly(Set.of("enabled", "freeze_date", "minimum_months", "arrears_grace_days", "suspended_may_vote", "statuses", "comment"));
    boolean enabled = fields.bool("enabled", true);
    Optional<LocalDate> freezeDate = fields.optionalDate("freeze_date");
    Optional<Integer> minimumMonths = fields.optionalNonNegativeInt("minimum_months");
    int grace = fields.nonNegativeInt("arrears_grace_days", 0);
    boolean suspendedMayVote = fields.bool("suspended_may_vote", false);
    // Only active members vote unless the ruleset says otherwise.
    List<MemberStatus> statuses =
        fields.has("statuses") ? fields.names("statuses", MemberStatus::fromKey, "\"active\", \"lapsed\", \"resigned\", \"expelled\"") : List.of(MemberStatus.ACTIVE);
    return new MemberRules(enabled, freezeDate, minimumMonths, grace, suspendedMayVote, statuses.isEmpty() ? EnumSet.noneOf(MemberStatus.class) : EnumSet.copyOf(statuses));
  }

  private static RegisteredSupporterRules registeredSupporters(JsonFields fields) {
    fields.allowOnly(Set.of("enabled", "window_opens", "window_closes", "fee", "vetting_required", "comment"));
    boolean enabled = fields.bool("enabled", true);
    var opens = fields.instant("window_opens");
    var closes = fields.instant("window_closes");
    if (closes.isBefore(opens)) {
      fields.problem("window_closes", "is before window_opens; the window must close after it opens");
    }
    long fee = fields.pence("fee");
    boolean vetting = fields.bool("vetting_required", true);
    return new RegisteredSupporterRules(enabled, opens, closes, fee, vetting);
  }

  private static AffiliatedSupporterRules affiliatedSupporters(JsonFields fields) {
    fields.allowOnly(Set.of("enabled", "registration_cutoff", "vetting_required", "comment"));
    boolean enabled = fields.bool("enabled", true);
    LocalDate cutoff = fields.date("registration_cutoff");
    boolean vetting = fields.bool("vetting_required", true);
    return new AffiliatedSupporterRules(enabled, cutoff, vetting);
  }
}
