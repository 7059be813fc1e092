package org.scrutineer.cli.electorate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.electorate.diff.Change;
import org.scrutineer.electorate.diff.EligibilityDiff;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.evaluation.Rule;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.rules.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scrutineer electorate diff}: who gains and who loses a vote between two rulesets, by
 * section and CLP — the question the 2016 freeze-date case put to the courts.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Who gains and who loses a vote when the rules change, by section and CLP.")
public final class DiffCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin RegisterOptions register;

  @Option(names = "--rules", paramLabel = "FILE", required = true, description = "The ruleset to compare from (e.g. the one in force).")
  Path before;

  @Option(names = "--against", paramLabel = "FILE", required = true, description = "The ruleset to compare to (e.g. a court's reading).")
  Path after;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "CLPs to list, largest change first (default: ${DEFAULT-VALUE}; every CLP is in --json).")
  int top;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the counts, by section and CLP, as JSON.")
  Path json;

  @Option(names = "--changes", paramLabel = "FILE", description = "Also write every person who changes as CSV: person_id,clp,before,after,failed_before,failed_after.")
  Path changes;

  public DiffCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    if (top < 0) {
      throw new org.scrutineer.cli.CommandFailure("--top must be 0 or more, not " + top);
    }
    Ruleset from = RulesFile.read(environment, before);
    Ruleset to = RulesFile.read(environment, after);
    LinkedRegister linked = register.load(environment);
    Steps steps = new Steps(environment);
    Evaluation a = steps.run(() -> new Evaluator(from).evaluate(linked), e -> "evaluated under \"" + from.name() + "\"");
    Evaluation b = steps.run(() -> new Evaluator(to).evaluate(linked), e -> "evaluated under \"" + to.name() + "\"");
    EligibilityDiff diff = steps.run(() -> EligibilityDiff.between(a, b), d -> "compared: " + Steps.count(d.changes().size()) + " people change");
    print(linked, a, b, diff);
    if (json != null) {
      writeJson(environment.resolve(json.toString()), a, b, diff);
    }
    if (changes != null) {
      writeChanges(environment.resolve(changes.toString()), diff);
    }
    return 0;
  }

  private void print(LinkedRegister linked, Evaluation a, Evaluation b, EligibilityDiff diff) {
    environment.output("From \"" + diff.before() + "\" to \"" + diff.after() + "\": " + Steps.count(diff.changes().size()) + " people change");
    environment.output(String.format("  gained a vote %,d; lost a vote %,d; moved section %,d", diff.count(Change.Kind.GAINED), diff.count(Change.Kind.LOST), diff.count(Change.Kind.MOVED)));
    environment.output("");
    environment.output(String.format("%-24s %12s %12s %10s %10s %10s", "section", "before", "after", "gained", "lost", "net"));
    Map<Section, Long> votersA = a.votersBySection();
    Map<Section, Long> votersB = b.votersBySection();
    for (Section section : Section.values()) {
      long gained = diff.gainedBySection().get(section);
      long lost = diff.lostBySection().get(section);
      environment.output(String.format("%-24s %,12d %,12d %,10d %,10d %+,10d", section, votersA.get(section), votersB.get(section), gained, lost, gained - lost));
    }
    Map<String, Map<Section, Long>> byClp = diff.netByClp();
    if (byClp.isEmpty() || top == 0) {
      return;
    }
    environment.output("");
    environment.output("Largest changes by CLP (net, per section):");
    List<Map.Entry<String, Map<Section, Long>>> largest =
        byClp.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Map<Section, Long>> e) -> -e.getValue().values().stream().mapToLong(Math::abs).sum()).thenComparing(Map.Entry::getKey)).limit(top).toList();
    for (Map.Entry<String, Map<Section, Long>> entry : largest) {
      String name = linked.clp(entry.getKey()).map(Clp::name).orElse(entry.getKey());
      String counts = entry.getValue().entrySet().stream().filter(e -> e.getValue() != 0).map(e -> String.format("%s %+,d", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
      environment.output(String.format("  %-10s %-32s %s", entry.getKey(), name, counts));
    }
  }

  private static void writeJson(Path file, Evaluation a, Evaluation b, EligibilityDiff diff) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("before", diff.before());
    out.put("after", diff.after());
    out.put("changes", diff.changes().size());
    out.put("gained", diff.count(Change.Kind.GAINED));
    out.put("lost", diff.count(Change.Kind.LOST));
    out.put("moved", diff.count(Change.Kind.MOVED));
    out.put("voters_before", EvaluateCommand.keyed(a.votersBySection()));
    out.put("voters_after", EvaluateCommand.keyed(b.votersBySection()));
    out.put("gained_by_section", EvaluateCommand.keyed(diff.gainedBySection()));
    out.put("lost_by_section", EvaluateCommand.keyed(diff.lostBySection()));
    Map<String, Object> byClp = new LinkedHashMap<>();
    diff.netByClp().forEach((clp, counts) -> byClp.put(clp, EvaluateCommand.keyed(counts)));
    out.put("net_by_clp", byClp);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
  }

  private static void writeChanges(Path file, EligibilityDiff diff) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write("person_id,clp,before,after,failed_before,failed_after\n");
      for (Change change : diff.changes()) {
        writer.write(Csv.field(change.personId()) + "," + Csv.field(change.clp()) + "," + change.before().map(Section::key).orElse("") + "," + change.after().map(Section::key).orElse("") + "," + rules(change.failedBefore()) + "," + rules(change.failedAfter()) + "\n");
      }
    }
  }

  private static String rules(List<Rule> rules) {
    return Csv.field(rules.stream().map(Rule::field).collect(Collectors.joining(" ")));
  }
}
