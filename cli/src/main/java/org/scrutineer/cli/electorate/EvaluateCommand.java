package org.scrutineer.cli.electorate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.electorate.evaluation.Decision;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.evaluation.Rule;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.rules.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer electorate evaluate}: every person's decision under a ruleset, and the totals. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Decide who votes in which section under a ruleset; print the totals.")
public final class EvaluateCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin RegisterOptions register;

  @Mixin RulesOption rules;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the totals, by section, rule and CLP, as JSON.")
  Path json;

  @Option(names = "--decisions", paramLabel = "FILE", description = "Also write every person's decision as CSV: person_id,clp,section,votes_as,failed.")
  Path decisions;

  public EvaluateCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Ruleset ruleset = rules.read(environment);
    LinkedRegister linked = register.load(environment);
    Evaluation evaluation = new Steps(environment).run(() -> new Evaluator(ruleset).evaluate(linked), e -> "evaluated " + Steps.count(e.decisions().size()) + " people under \"" + ruleset.name() + "\"");
    print(ruleset, linked, evaluation);
    if (json != null) {
      writeJson(environment.resolve(json.toString()), ruleset, linked, evaluation);
    }
    if (decisions != null) {
      writeDecisions(environment.resolve(decisions.toString()), evaluation);
    }
    return 0;
  }

  private void print(Ruleset ruleset, LinkedRegister linked, Evaluation evaluation) {
    environment.output("Ruleset: " + ruleset.name() + " (reference date " + ruleset.referenceDate() + ")");
    environment.output("People: " + Steps.count(linked.people().size()) + "; near matches for review: " + Steps.count(linked.nearMatches().size()));
    environment.output("");
    environment.output(String.format("%-24s %12s", "section", "voters"));
    long total = 0;
    for (Map.Entry<Section, Long> entry : evaluation.votersBySection().entrySet()) {
      environment.output(String.format("%-24s %,12d", entry.getKey(), entry.getValue()));
      total += entry.getValue();
    }
    environment.output(String.format("%-24s %,12d", "total", total));
    environment.output(String.format("%-24s %,12d", "not eligible", evaluation.ineligible()));
    Map<Rule, Long> failures = evaluation.failuresByRule();
    if (!failures.isEmpty()) {
      environment.output("");
      environment.output("Why people are not eligible (one person may fail several rules):");
      failures.forEach((rule, count) -> environment.output(String.format("  %-48s %,10d  %s", rule.field(), count, rule.requirement())));
    }
  }

  static void writeJson(Path file, Ruleset ruleset, LinkedRegister linked, Evaluation evaluation) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ruleset", ruleset.name());
    out.put("reference_date", ruleset.referenceDate().toString());
    out.put("people", linked.people().size());
    out.put("near_matches", linked.nearMatches().size());
    out.put("voters", keyed(evaluation.votersBySection()));
    out.put("not_eligible", evaluation.ineligible());
    out.put("failures", evaluation.failuresByRule().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().field(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    Map<String, Object> byClp = new LinkedHashMap<>();
    evaluation.votersByClp().forEach((clp, counts) -> byClp.put(clp, keyed(counts)));
    out.put("voters_by_clp", byClp);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
  }

  static Map<String, Long> keyed(Map<Section, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.forEach((section, count) -> out.put(section.key(), count));
    return out;
  }

  private static void writeDecisions(Path file, Evaluation evaluation) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write("person_id,clp,section,votes_as,failed\n");
      for (Decision decision : evaluation.decisions()) {
        writer.write(Csv.field(decision.personId()) + "," + Csv.field(decision.clp()) + "," + decision.section().map(Section::key).orElse("") + "," + Csv.field(decision.votesAs().map(Object::toString).orElse("")) + "," + Csv.field(decision.failed().stream().map(Rule::field).collect(Collectors.joining(" "))) + "\n");
      }
    }
  }
}
