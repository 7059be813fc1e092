package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.evaluation.Explanation;
import org.scrutineer.electorate.evaluation.RuleOutcome;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.NearMatch;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.rules.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutineer electorate explain PERSON}: one person's decision with every rule applied and
 * the facts that decided it — what an officer shows a member who asks why they have no ballot.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one person's decision: every rule applied, with the facts that decided it.")
public final class ExplainCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin RegisterOptions register;

  @Mixin RulesOption rules;

  @Parameters(paramLabel = "PERSON", description = "A person id (member:L0000001), a record key (registered_supporter:RS1), a membership number or reference, or an e-mail address.")
  String who;

  public ExplainCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Ruleset ruleset = rules.read(environment);
    LinkedRegister linked = register.load(environment);
    Person person = find(linked, who);
    Explanation explanation = new Evaluator(ruleset).explain(person);
    String clp = linked.clp(person.clp()).map(c -> c.name() + " (" + c.code() + "), " + c.region()).orElse(person.clp());
    environment.output("Person " + person.id() + ": " + person.name() + ", " + clp);
    environment.output("Records: " + person.records().stream().map(record -> record.key().toString()).collect(Collectors.joining(", ")));
    List<NearMatch> near = linked.nearMatches().stream().filter(match -> person.record(match.first()).isPresent() || person.record(match.second()).isPresent()).toList();
    near.forEach(match -> environment.output("Near match for review: " + match.first() + " and " + match.second() + ": " + match.why()));
    environment.output("Under \"" + ruleset.name() + "\": " + explanation.decision().section().map(section -> "votes as " + section + " through " + explanation.decision().votesAs().orElseThrow()).orElse("no vote"));
    for (RuleOutcome outcome : explanation.outcomes()) {
      environment.output("  " + outcome);
    }
    return 0;
  }

  /** By person id, record key, bare membership number / reference, or e-mail; ambiguity is an error. */
  static Person find(LinkedRegister linked, String who) {
    String wanted = who.trim();
    String email = wanted.toLowerCase(Locale.ROOT);
    List<Person> matches =
        linked.people().stream()
            .filter(person -> person.id().equals(wanted) || person.records().stream().anyMatch(record -> matches(record, wanted, email)))
            .toList();
    if (matches.isEmpty()) {
      throw new CommandFailure("no person matches \"" + who + "\"; give a person id (member:L0000001), a record key, a membership number or reference, or an e-mail address");
    }
    if (matches.size() > 1) {
      throw new CommandFailure("\"" + who + "\" matches " + matches.size() + " people (" + matches.stream().limit(5).map(Person::id).collect(Collectors.joining(", ")) + (matches.size() > 5 ? ", ..." : "") + "); give one of their ids");
    }
    return matches.get(0);
  }

  private static boolean matches(MembershipRecord record, String wanted, String email) {
    return record.key().toString().equals(wanted) || record.key().reference().equals(wanted) || record.contact().normalisedEmail().map(email::equals).orElse(false);
  }

}
