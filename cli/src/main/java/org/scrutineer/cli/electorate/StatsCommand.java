package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.electorate.evaluation.Decision;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer electorate stats}: the register by kind, overlap and region; with rules, voters by region. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of the register: records by kind, people holding several, near matches, by region; with --rules, voters by region and section.")
public final class StatsCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin RegisterOptions register;

  @Option(names = "--rules", paramLabel = "FILE", description = "Also count voters by region and section under this ruleset.")
  Path rules;

  @Option(names = "--near-matches", paramLabel = "FILE", description = "Also write the near matches to review as CSV: first,second,why.")
  Path nearMatches;

  public StatsCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Optional<org.scrutineer.electorate.rules.Ruleset> ruleset = rules == null ? Optional.empty() : Optional.of(RulesFile.read(environment, rules));
    LinkedRegister linked = register.load(environment);
    if (nearMatches != null) {
      try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(environment.resolve(nearMatches.toString()), java.nio.charset.StandardCharsets.UTF_8)) {
        writer.write("first,second,why\n");
        for (org.scrutineer.electorate.linking.NearMatch match : linked.nearMatches()) {
          writer.write(Csv.field(match.first().toString()) + "," + Csv.field(match.second().toString()) + "," + Csv.field(match.why()) + "\n");
        }
      }
    }
    Map<Section, Long> records = new EnumMap<>(Section.class);
    long several = 0;
    Map<String, Long> peopleByRegion = new TreeMap<>();
    for (Person person : linked.people()) {
      for (MembershipRecord record : person.records()) {
        records.merge(record.section(), 1L, Long::sum);
      }
      if (person.records().size() > 1) {
        several++;
      }
      peopleByRegion.merge(region(linked, person.clp()), 1L, Long::sum);
    }
    environment.output(String.format("%-40s %,12d", "CLPs", linked.clps().size()));
    for (Section section : Section.values()) {
      environment.output(String.format("%-40s %,12d", section + " records", records.getOrDefault(section, 0L)));
    }
    environment.output(String.format("%-40s %,12d", "people", linked.people().size()));
    environment.output(String.format("%-40s %,12d", "people holding more than one record", several));
    environment.output(String.format("%-40s %,12d", "near matches to review", linked.nearMatches().size()));
    environment.output(String.format("%-40s %,12d", "people with an exclusion recorded", linked.people().stream().filter(person -> !person.exclusions().isEmpty()).count()));
    if (ruleset.isEmpty()) {
      environment.output("");
      environment.output(String.format("%-24s %12s", "region", "people"));
      peopleByRegion.forEach((region, count) -> environment.output(String.format("%-24s %,12d", region, count)));
      return 0;
    }
    Evaluation evaluation = new Steps(environment).run(() -> new Evaluator(ruleset.get()).evaluate(linked), e -> "evaluated under \"" + ruleset.get().name() + "\"");
    Map<String, Map<Section, Long>> votersByRegion = new TreeMap<>();
    for (Decision decision : evaluation.decisions()) {
      decision.section().ifPresent(section -> votersByRegion.computeIfAbsent(region(linked, decision.clp()), r -> new EnumMap<>(Section.class)).merge(section, 1L, Long::sum));
    }
    environment.output("");
    environment.output(String.format("Voters under \"%s\":", ruleset.get().name()));
    environment.output(String.format("%-24s %12s %12s %12s %12s %12s", "region", "people", "member", "registered", "affiliated", "no vote"));
    for (Map.Entry<String, Long> entry : peopleByRegion.entrySet()) {
      Map<Section, Long> voters = votersByRegion.getOrDefault(entry.getKey(), Map.of());
      long voting = voters.values().stream().mapToLong(Long::longValue).sum();
      environment.output(String.format("%-24s %,12d %,12d %,12d %,12d %,12d", entry.getKey(), entry.getValue(), voters.getOrDefault(Section.MEMBER, 0L), voters.getOrDefault(Section.REGISTERED_SUPPORTER, 0L), voters.getOrDefault(Section.AFFILIATED_SUPPORTER, 0L), entry.getValue() - voting));
    }
    return 0;
  }

  private static String region(LinkedRegister linked, String clp) {
    return linked.clp(clp).map(Clp::region).orElse("(unknown CLP " + clp + ")");
  }
}
