package org.scrutineer.nominations.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.error.FileError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.rules.AffiliateRoute;
import org.scrutineer.nominations.rules.ClpRoute;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.rules.ParliamentaryRule;
import org.scrutineer.nominations.rules.Rounding;
import org.scrutineer.nominations.rules.SupportRequirement;
import org.scrutineer.nominations.rules.SupportingRule;
import org.scrutineer.nominations.rules.Threshold;
import org.scrutineer.nominations.rules.Variant;

/**
 * Reads a rules file (docs/nominations.md, "The rules file"; examples in examples/nominations/).
 * Strict: a missing member, a wrong type, an unknown member (a typo must not silently drop a rule)
 * are all errors, each with its JSON path, all reported together.
 */
public final class RulesJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final Map<String, Variant> VARIANTS = codes(Variant.values(), Variant::code);
  private static final Map<String, Rounding> ROUNDINGS = codes(Rounding.values(), Rounding::code);
  private static final Map<String, IncumbentRule> INCUMBENT_RULES = codes(IncumbentRule.values(), IncumbentRule::code);
  private static final Map<String, SupportRequirement> REQUIREMENTS = codes(SupportRequirement.values(), SupportRequirement::code);
  private static final Map<String, NominatorKind> KINDS = codes(NominatorKind.values(), NominatorKind::name);

  private RulesJson() {}

  /** The rules in {@code reader}, or every problem with them; {@code file} names it in errors. */
  public static Parsed<NominationRules> read(Reader reader, String file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      return Parsed.of(List.of(), List.of(new FileError(file,
          "is not valid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
              + ": " + e.getOriginalMessage(), "correct the JSON syntax there")));
    }
    if (root == null || !root.isObject()) {
      return Parsed.of(List.of(), List.of(new FileError(file, "does not hold a JSON object", "the rules file is one { … } object")));
    }
    JsonFields fields = new JsonFields(file);
    Optional<NominationRules> rules = new Reading(fields).rules(root);
    return Parsed.of(fields.errors().isEmpty() ? rules.stream().toList() : List.of(), fields.errors());
  }

  /** One reading of one file: every member checked, errors collected in {@code fields}. */
  private record Reading(JsonFields fields) {
    Optional<NominationRules> rules(JsonNode root) {
      fields.onlyKnown(root, "", Set.of("name", "description", "variant", "contest", "parliamentary", "incumbent", "supporting"));
      Optional<String> name = fields.text(root, "", "name", true);
      fields.text(root, "", "description", false);
      Optional<Variant> variant = fields.choice(root, "", "variant", true, VARIANTS);
      Optional<Contest> contest = fields.object(root, "", "contest", true).flatMap(this::contest);
      Optional<ParliamentaryRule> parliamentary = fields.object(root, "", "parliamentary", true).flatMap(this::parliamentary);
      Optional<IncumbentRule> incumbent = fields.choice(root, "", "incumbent", variant.orElse(null) == Variant.CHALLENGE, INCUMBENT_RULES);
      if (variant.orElse(null) == Variant.VACANCY && root.has("incumbent")) {
        fields.error("incumbent", "is given for a vacancy", "remove it: a vacancy has no incumbent");
      }
      Optional<SupportingRule> supporting = root.has("supporting")
          ? fields.object(root, "", "supporting", true).flatMap(this::supporting)
          : Optional.of(SupportingRule.countedOnly());
      if (variant.isPresent() && contest.isPresent()) {
        long incumbents = contest.get().candidates().stream().filter(Candidate::incumbent).count();
        if (variant.get() == Variant.CHALLENGE && incumbents != 1) {
          fields.error("contest.candidates", "a challenge has " + incumbents + " incumbent candidates",
              "mark exactly one candidate \"incumbent\": true");
        }
        if (variant.get() == Variant.VACANCY && incumbents != 0) {
          fields.error("contest.candidates", "a vacancy has an incumbent candidate", "remove \"incumbent\": true, or make the variant \"challenge\"");
        }
      }
      if (!fields.errors().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new NominationRules(name.orElseThrow(), variant.orElseThrow(), contest.orElseThrow(), parliamentary.orElseThrow(),
          incumbent.orElse(IncumbentRule.MUST_BE_NOMINATED), supporting.orElseThrow()));
    }

    private Optional<Contest> contest(JsonNode node) {
      String path = "contest";
      fields.onlyKnown(node, path, Set.of("title", "parliamentary_close", "supporting_close", "candidates"));
      Optional<String> title = fields.text(node, path, "title", true);
      Optional<OffsetDateTime> close = fields.timestamp(node, path, "parliamentary_close", true);
      Optional<LocalDate> supportingClose = fields.date(node, path, "supporting_close");
      List<Candidate> candidates = new ArrayList<>();
      boolean candidatesOk = fields.array(node, path, "candidates").map(list -> {
        boolean ok = true;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          String at = path + ".candidates[" + i + "]";
          Optional<Candidate> candidate = candidate(list.get(i), at);
          if (candidate.isEmpty()) {
            ok = false;
          } else if (!names.add(candidate.get().name())) {
            fields.error(at + ".name", "\"" + candidate.get().name() + "\" is declared twice", "declare each candidate once");
            ok = false;
          } else {
            candidates.add(candidate.get());
          }
        }
        return ok;
      }).orElse(false);
      if (title.isEmpty() || close.isEmpty() || !candidatesOk || (node.has("supporting_close") && supportingClose.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new Contest(title.get(), close.get(), supportingClose, candidates));
    }

    private Optional<Candidate> candidate(JsonNode node, String path) {
      if (!node.isObject()) {
        fields.error(path, "is not an object", "write {\"name\": \"…\"}");
        return Optional.empty();
      }
      fields.onlyKnown(node, path, Set.of("name", "incumbent", "withdrew_at"));
      Optional<String> name = fields.text(node, path, "name", true);
      Optional<Boolean> incumbent = fields.bool(node, path, "incumbent");
      Optional<OffsetDateTime> withdrew = fields.timestamp(node, path, "withdrew_at", false);
      if (name.isEmpty() || (node.has("incumbent") && incumbent.isEmpty()) || (node.has("withdrew_at") && withdrew.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new Candidate(name.get(), incumbent.orElse(false), withdrew));
    }

    private Optional<ParliamentaryRule> parliamentary(JsonNode node) {
      String path = "parliamentary";
      fields.onlyKnown(node, path, Set.of("nominators", "percent", "rounding", "whole"));
      Set<NominatorKind> kinds = EnumSet.noneOf(NominatorKind.class);
      boolean kindsOk = fields.array(node, path, "nominators").map(list -> {
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
          NominatorKind kind = list.get(i).isTextual() ? KINDS.get(list.get(i).asText()) : null;
          if (kind == null) {
            fields.error(path + ".nominators[" + i + "]", list.get(i) + " is not a kind of nominator", "expected \"MP\" or \"MEP\"");
            ok = false;
          } else {
            kinds.add(kind);
          }
        }
        return ok;
      }).orElse(false);
      Optional<Threshold> threshold = threshold(node, path, "percent");
      OptionalLong whole = fields.count(node, path, "whole", false, 1);
      if (!kindsOk || threshold.isEmpty() || (node.has("whole") && whole.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new ParliamentaryRule(kinds, threshold.get(), whole));
    }

    private Optional<SupportingRule> supporting(JsonNode node) {
      String path = "supporting";
      fields.onlyKnown(node, path, Set.of("required", "clp_route", "affiliate_route"));
      Optional<SupportRequirement> required = fields.choice(node, path, "required", true, REQUIREMENTS);
      Optional<ClpRoute> clp = fields.object(node, path, "clp_route", false).flatMap(this::clpRoute);
      Optional<AffiliateRoute> affiliates = fields.object(node, path, "affiliate_route", false).flatMap(this::affiliateRoute);
      if (required.isEmpty() || (node.has("clp_route") && clp.isEmpty()) || (node.has("affiliate_route") && affiliates.isEmpty())) {
        return Optional.empty();
      }
      if (required.get() != SupportRequirement.NONE && clp.isEmpty() && affiliates.isEmpty()) {
        fields.error(path + ".required", "\"" + required.get().code() + "\" needs at least one route",
            "add clp_route or affiliate_route, or make it \"none\"");
        return Optional.empty();
      }
      return Optional.of(new SupportingRule(required.get(), clp, affiliates));
    }

    private Optional<ClpRoute> clpRoute(JsonNode node) {
      String path = "supporting.clp_route";
      fields.onlyKnown(node, path, Set.of("percent", "rounding", "clps"));
      Optional<Threshold> threshold = threshold(node, path, "percent");
      OptionalLong clps = fields.count(node, path, "clps", true, 1);
      if (threshold.isEmpty() || clps.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ClpRoute(threshold.get(), clps.getAsLong()));
    }

    private Optional<AffiliateRoute> affiliateRoute(JsonNode node) {
      String path = "supporting.affiliate_route";
      fields.onlyKnown(node, path,
          Set.of("minimum_affiliates", "minimum_trade_unions", "membership_percent", "rounding", "affiliated_membership"));
      OptionalLong affiliates = fields.count(node, path, "minimum_affiliates", true, 0);
      OptionalLong unions = fields.count(node, path, "minimum_trade_unions", true, 0);
      Optional<Threshold> membership = threshold(node, path, "membership_percent");
      OptionalLong total = fields.count(node, path, "affiliated_membership", true, 1);
      if (affiliates.isEmpty() || unions.isEmpty() || membership.isEmpty() || total.isEmpty()) {
        return Optional.empty();
      }
      if (unions.getAsLong() > affiliates.getAsLong() || affiliates.getAsLong() > Integer.MAX_VALUE) {
        fields.error(path + ".minimum_trade_unions", "is more than minimum_affiliates", "the trade unions are among the affiliates: make it at most minimum_affiliates");
        return Optional.empty();
      }
      return Optional.of(new AffiliateRoute((int) affiliates.getAsLong(), (int) unions.getAsLong(), membership.get(), total.getAsLong()));
    }

    /** {@code percent} (under {@code percentName}) and {@code rounding} of one object. */
    private Optional<Threshold> threshold(JsonNode node, String path, String percentName) {
      Optional<BigDecimal> percent = fields.percent(node, path, percentName);
      Optional<Rounding> rounding = fields.choice(node, path, "rounding", true, ROUNDINGS);
      if (percent.isEmpty() || rounding.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Threshold(percent.get(), rounding.get()));
    }
  }

  private static <E> Map<String, E> codes(E[] values, Function<E, String> code) {
    Map<String, E> byCode = new HashMap<>();
    for (E value : values) {
      byCode.put(code.apply(value), value);
    }
    return Map.copyOf(byCode);
  }
}
