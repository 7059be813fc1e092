package org.scrutineer.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.csv.ExtractWriter;
import org.scrutineer.electorate.synthetic.Contest2016;
import org.scrutineer.electorate.synthetic.Summary;
import org.scrutineer.electorate.synthetic.SyntheticRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scrutineer demo register}: writes a synthetic register shaped like the 2016 Labour
 * leadership electorate (docs/synthetic-register.md) as the five CSV extracts the importer reads
 * (docs/formats/register.md), then says what it holds and what was built into it on purpose.
 * Rows stream from the generator to the files; a line on standard error every 100,000 rows.
 */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic 2016-shaped register (no real personal data) as the five CSV extracts clps.csv, members.csv, registered_supporters.csv,"
          + " affiliated_supporters.csv and exclusions.csv, then say what they hold.",
      "The same --people and --seed give the same files, byte for byte. What is generated and why: docs/synthetic-register.md."
    })
public final class DemoRegisterCommand implements Callable<Integer> {
  static final List<String> FILES = List.of("clps.csv", "members.csv", "registered_supporters.csv", "affiliated_supporters.csv", "exclusions.csv");

  /** How often long files report progress. */
  static final long PROGRESS_ROWS = 100_000;

  @Spec private CommandSpec spec;

  private final CommandEnvironment environment;

  public DemoRegisterCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Option(names = "--people", paramLabel = "N", defaultValue = "" + SyntheticRegister.DEFAULT_PEOPLE,
      description = "People to invent; every population scales with N (default: ${DEFAULT-VALUE}, about 2016's size; at most 10000000).")
  private int people;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016", description = "Seed of everything drawn (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the files, created if missing (default: a new directory under the system temporary directory).")
  private Path dir;

  @Option(names = "--force", description = "Overwrite the five files if DIR already has any of them.")
  private boolean force;

  @Override
  public Integer call() throws IOException {
    if (people < 1 || people > SyntheticRegister.MAX_PEOPLE) {
      throw new ParameterException(spec.commandLine(), "--people must be between 1 and " + SyntheticRegister.MAX_PEOPLE + ", got " + people);
    }
    Path directory = directory();
    long started = environment.clock().millis();
    environment.info("deciding a register of " + people + " people (seed " + seed + ")");
    SyntheticRegister register = SyntheticRegister.generate(people, seed);
    Summary summary = register.summary();
    write(directory, FILES.get(0), register.clps().size(), ExtractWriter::clps, each -> register.clps().forEach(each));
    write(directory, FILES.get(1), summary.members().records(), ExtractWriter::members, register::members);
    write(directory, FILES.get(2), summary.registeredSupporters().applications(), ExtractWriter::registeredSupporters, register::registeredSupporters);
    write(directory, FILES.get(3), summary.affiliatedSupporters().records(), ExtractWriter::affiliatedSupporters, register::affiliatedSupporters);
    write(directory, FILES.get(4), summary.exclusions(), ExtractWriter::exclusions, register::exclusions);
    print(spec.commandLine().getOut(), directory, summary, (environment.clock().millis() - started) / 1000.0);
    return 0;
  }

  /** The directory to write to: created if missing; refused if it is a file or holds our files (without --force). */
  private Path directory() throws IOException {
    if (dir == null) {
      return Files.createTempDirectory("scrutineer-register-");
    }
    Path directory = environment.resolve(dir.toString());
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new CommandFailure(directory + " is not a directory; give a directory for --dir (it is created if missing)");
    }
    if (!force) {
      List<String> existing = FILES.stream().filter(name -> Files.exists(directory.resolve(name))).toList();
      if (!existing.isEmpty()) {
        throw new CommandFailure(directory + " already has " + String.join(", ", existing) + "; give --force to overwrite, or another --dir");
      }
    }
    return Files.createDirectories(directory);
  }

  private <T> void write(Path directory, String name, long total, Function<Writer, ExtractWriter<T>> kind, Consumer<Consumer<T>> records) throws IOException {
    try (Writer out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8)) {
      ExtractWriter<T> writer = kind.apply(out);
      records.accept(record -> {
        writer.write(record);
        if (writer.rows() % PROGRESS_ROWS == 0) {
          environment.info(name + ": " + writer.rows() + " of " + total + " rows");
        }
      });
    }
  }

  private static void print(PrintWriter out, Path directory, Summary s, double seconds) throws IOException {
    Summary.Members m = s.members();
    Summary.RegisteredSupporters r = s.registeredSupporters();
    Summary.AffiliatedSupporters a = s.affiliatedSupporters();
    Summary.Overlaps o = s.overlaps();
    Summary.NearDuplicates d = s.nearDuplicates();
    out.println("Synthetic 2016-shaped register of " + n(s.people()) + " people in " + directory + " (" + String.format(Locale.ROOT, "%.1f", seconds) + " s)");
    out.println(row(directory, "clps.csv", s.clps(), "CLPs in " + s.regions() + " regions and nations"));
    out.println(row(directory, "members.csv", m.records(), "member records"));
    out.println(detail(m.joinedAfterFreeze(), "joined after the freeze date " + Contest2016.FREEZE_DATE + " (" + n(m.joinedAfterFreezeByNecDecision()) + " of them by " + Contest2016.NEC_DECISION + ", the NEC's decision)"));
    out.println(detail(m.inArrears(), "in arrears on " + Contest2016.REFERENCE_DATE + "; " + n(m.lapsed()) + " lapsed, " + n(m.resigned()) + " resigned, " + n(m.expelled()) + " expelled; " + n(m.suspended()) + " suspended"));
    out.println(row(directory, "registered_supporters.csv", r.applications(), "applications"));
    out.println(detail(r.paidFeeInWindow(), "paid £25 in the window (17:00 BST 18 July to 17:00 BST 20 July 2016)"));
    out.println(detail(r.paidLate(), "paid late; " + n(r.paidOldFee()) + " paid the old £3; " + n(r.neverPaid()) + " never paid (" + n(r.appliedAfterWindow()) + " applied after the window)"));
    out.println(detail(r.failedVetting(), "failed vetting; " + n(r.pendingVetting()) + " not vetted yet"));
    out.println(row(directory, "affiliated_supporters.csv", a.records(), "records: " + byAffiliate(a.byAffiliate())));
    out.println(detail(a.registeredAfterCutoff(), "signed up after the cut-off " + Contest2016.AFFILIATE_CUTOFF + "; " + n(a.failedVetting()) + " failed vetting; " + n(a.throughTwoAffiliates()) + " people through two affiliates"));
    out.println(row(directory, "exclusions.csv", s.exclusions(), "votes removed (abuse or intimidation, support for another party)"));
    out.println("Overlaps: " + n(o.membersAlsoRegistered()) + " members also applied as registered supporters, " + n(o.membersAlsoAffiliated()) + " also signed up through an affiliate, "
        + n(o.supportersRegisteredAndAffiliated()) + " non-members are both kinds of supporter;");
    out.println("  of their second records " + n(o.linkedByEmail()) + " give the same e-mail, " + n(o.linkedByNumber()) + " a membership number, " + n(o.notLinked()) + " neither");
    out.println("Near-duplicates built in: " + n(d.duplicateMembers()) + " members with a second member record, " + n(d.familyEmailPairs()) + " family e-mails shared by two members, "
        + n(d.unlinkedRecords()) + " people with a record nothing links to them (" + n(d.total()) + " near matches to find)");
    out.println("Linking should find " + n(s.expectedLinkedPeople()) + " people. Rulesets to try: examples/rules/2016-nec.json, examples/rules/2016-high-court.json");
    out.flush();
  }

  private static String row(Path directory, String file, long count, String what) throws IOException {
    return String.format(Locale.ROOT, "  %-26s %9s %s (%s)", file, n(count), what, size(Files.size(directory.resolve(file))));
  }

  private static String detail(long count, String what) {
    return String.format(Locale.ROOT, "  %-26s %9s %s", "", n(count), what);
  }

  private static String byAffiliate(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> largest = new ArrayList<>(counts.entrySet());
    largest.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    String shown = largest.stream().limit(5).map(e -> e.getKey() + " " + n(e.getValue())).collect(Collectors.joining(", "));
    return largest.size() > 5 ? shown + " and " + (largest.size() - 5) + " more" : shown;
  }

  private static String n(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  private static String size(long bytes) {
    if (bytes < 10_000) {
      return bytes + " bytes";
    }
    return bytes < 10_000_000 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1e3) : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
