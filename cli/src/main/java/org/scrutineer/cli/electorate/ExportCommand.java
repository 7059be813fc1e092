package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.evaluation.Decision;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.rules.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scrutineer electorate export}: one voter list per section, in the format {@code
 * belenios-tool setup generate-credentials --file} reads ({@code e-mail,login,weight}): the e-mail
 * of the record the person votes through (empty for postal-only voters, which belenios-tool
 * accepts), their person id as login, weight 1.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write one voter list per section for belenios-tool setup generate-credentials --file.")
public final class ExportCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin RegisterOptions register;

  @Mixin RulesOption rules;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Where to write voters-member.txt, voters-registered_supporter.txt, voters-affiliated_supporter.txt (must not exist yet, or be empty).")
  Path dir;

  public ExportCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  /** The file a section's voters go to. */
  static String fileName(Section section) {
    return "voters-" + section.key() + ".txt";
  }

  @Override
  public Integer call() throws IOException {
    Ruleset ruleset = rules.read(environment);
    Path directory = environment.resolve(dir.toString());
    for (Section section : Section.values()) {
      if (Files.exists(directory.resolve(fileName(section)))) {
        throw new CommandFailure(directory.resolve(fileName(section)) + ": File exists (export writes new lists only; choose another --dir)");
      }
    }
    LinkedRegister linked = register.load(environment);
    Evaluation evaluation = new Steps(environment).run(() -> new Evaluator(ruleset).evaluate(linked), e -> "evaluated under \"" + ruleset.name() + "\"");
    Files.createDirectories(directory);
    Map<Section, Long> written = new EnumMap<>(Section.class);
    Map<Section, Writer> writers = new EnumMap<>(Section.class);
    try {
      for (Section section : Section.values()) {
        writers.put(section, Files.newBufferedWriter(directory.resolve(fileName(section)), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW));
        written.put(section, 0L);
      }
      // The evaluation decides the register's people in their order: decision i is person i's.
      for (int i = 0; i < evaluation.decisions().size(); i++) {
        Decision decision = evaluation.decisions().get(i);
        if (decision.section().isEmpty()) {
          continue;
        }
        Person person = linked.people().get(i);
        MembershipRecord record = person.record(decision.votesAs().orElseThrow()).orElseThrow();
        String email = record.contact().email().trim();
        if (email.indexOf(',') >= 0) {
          throw new CommandFailure(decision.personId() + ": e-mail \"" + email + "\" holds a comma, which the voter list format cannot carry; correct it in the extract");
        }
        writers.get(decision.section().get()).write(email + "," + decision.personId() + ",1\n");
        written.merge(decision.section().get(), 1L, Long::sum);
      }
    } finally {
      for (Writer writer : writers.values()) {
        writer.close();
      }
    }
    for (Section section : List.of(Section.values())) {
      environment.output(String.format("%-40s %,10d voters", directory.resolve(fileName(section)), written.get(section)));
    }
    return 0;
  }
}
