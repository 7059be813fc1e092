package org.scrutineer.cli.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.input.BallotFormat;
import org.scrutineer.count.input.BallotReader;
import org.scrutineer.count.input.InputError;
import org.scrutineer.count.input.Parsed;
import org.scrutineer.count.input.RankedInput;
import org.scrutineer.count.input.ReadOptions;
import org.scrutineer.count.input.RuleOption;
import org.scrutineer.count.json.ReportJson;
import org.scrutineer.count.json.RulesJson;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.GradedCount;
import org.scrutineer.count.method.Methods;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.count.text.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutineer count}: reads a ballot file — or the decrypted ballots of a Belenios archive's
 * non-homomorphic question, once the archive verifies ({@link VerifiedQuestion}) — counts it by one method under the method's default
 * rules as changed by {@code --rules FILE} and then by the rule flags, prints the round-by-round
 * table and, with {@code --json}, writes the report (docs/counting.md; formats in docs/formats/).
 * Every bad flag value and every problem in the files is reported (as {@code E:} lines) before
 * anything is counted; the JSON file appears only once the count has succeeded, whole.
 */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    description = {
      "Count ballots by plurality, approval, IRV, STV, Schulze or majority judgment, round by round.",
      "Example: scrutineer count --method plurality --seats 1 --input ballots.csv --json result.json"
    })
public final class CountCommand implements Callable<Integer> {
  static final int SHOWN = 100;

  private final CommandEnvironment environment;

  @Option(names = "--method", required = true, paramLabel = "METHOD", description = "plurality, approval, irv, sequential-irv, bottoms-up,"
      + " stv, stv-scottish, stv-meek, stv-belenios, schulze or mj (majority judgment).")
  private String method;

  @Option(names = "--seats", paramLabel = "N", description = "Seats to fill (default: a .blt file's own number, otherwise 1).")
  private String seats;

  @Option(names = "--input", paramLabel = "FILE", description = "The ballots (docs/formats/ballots.md); or give --archive.")
  private String input;

  @Option(names = "--archive", paramLabel = "BEL", description = "A Belenios archive (UUID.bel, or its directory): verified first, then the"
      + " decrypted ballots of its non-homomorphic question --question are counted, named by the question's answers.")
  private String archive;

  @Option(names = "--question", paramLabel = "N", description = "With --archive: which question (1 = the first) to count.")
  private String question;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv, blt, soi, toc, toi or belenios (decrypted Belenios ballots, a JSON array); by default the file's extension (.json is belenios).")
  private String format;

  @Option(names = "--rules", paramLabel = "FILE", description = "A rules file (docs/formats/count-rules.md); flags override its keys.")
  private String rules;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the report as JSON to OUT (docs/formats/count-report.md).")
  private String json;

  @Option(names = "--grades", paramLabel = "G", description = "Majority judgment: grades 1 (best) … G; by default the largest in the file.")
  private String grades;

  @Option(names = "--overvote", paramLabel = "RULE", description = "exhaust, skip or exhaust-if-multiple-continuing.")
  private String overvote;

  @Option(names = "--max-skipped-ranks", paramLabel = "N", description = "N or unlimited: consecutive skipped ranks before a ballot exhausts.")
  private String maxSkippedRanks;

  @Option(names = "--duplicate", paramLabel = "RULE", description = "exhaust or skip: a candidate ranked again.")
  private String duplicate;

  @Option(names = "--tiebreak", paramLabel = "RULE", description = "previous-round, candidate-order, random:SEED or previous-round-then-random:SEED.")
  private String tiebreak;

  @Option(names = "--batch-elimination", description = "Eliminate together every candidate who cannot catch up.")
  private boolean batchElimination;

  @Option(names = "--continue-until-two", description = "IRV: go on eliminating until two candidates remain.")
  private boolean continueUntilTwo;

  @Option(names = "--one-winner-per-round", description = "Elect at most one candidate per round.")
  private boolean oneWinnerPerRound;

  @Option(names = "--minimum-votes", paramLabel = "X", description = "Eliminate together, after round 1, every candidate with fewer votes.")
  private String minimumVotes;

  @Option(names = "--threshold", paramLabel = "QUOTA", description = "droop, droop-fractional or hare.")
  private String threshold;

  @Option(names = "--decimal-places", paramLabel = "N", description = "Places of transfer values and quotas, 0 … 20.")
  private String decimalPlaces;

  @Option(names = "--rounding", paramLabel = "RULE", description = "truncate or round.")
  private String rounding;

  @Option(names = "--candidates", paramLabel = "A,B,…", description = "The official order of the candidates (candidate-order tie-breaks).")
  private String candidates;

  public CountCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    List<String> problems = new ArrayList<>();
    CountMethod countMethod = method(problems);
    OptionalInt seatCount = positive("--seats", seats, problems);
    OptionalInt gradeCount = positive("--grades", grades, problems);
    RuleOverrides flags = flags(problems);
    OptionalInt questionNumber = positive("--question", question, problems);
    Optional<BallotFormat> ballotFormat = source(questionNumber, problems);
    if (!problems.isEmpty()) {
      throw report(problems, "nothing was counted. Fix the command line and run again");
    }
    RuleOverrides overrides = flags.over(rulesFile());
    Source ballotSource;
    if (archive != null) {
      VerifiedQuestion verified = VerifiedQuestion.read(environment, archive, questionNumber.getAsInt());
      // The election names the candidates, in its own order: the official order of candidate-order tie-breaks.
      overrides = overrides.withCandidateOrder(verified.answers());
      String json = verified.ballots();
      ballotSource = new Source(verified.name(), () -> new BufferedReader(new java.io.StringReader(json)));
    } else {
      Path inputPath = environment.resolve(input);
      ballotSource = new Source(input, () -> Files.newBufferedReader(inputPath, StandardCharsets.UTF_8));
    }
    ReadOptions options = new ReadOptions(overrides.candidateOrder(), gradeCount);
    CountRules countRules;
    CountReport result;
    if (countMethod.ranked()) {
      RankedCount counter = Methods.ranked(countMethod).orElseThrow();
      RankedInput ballots = timed(() -> read(ballotSource, r -> BallotReader.ranked(r, ballotSource.name(), ballotFormat.get(), options)),
          in -> "read " + number(in.lines()) + " ballot lines from " + ballotSource.name() + " into " + number(in.ballots().ballots().size())
              + " distinct ballots of " + in.ballots().candidates().size() + " candidates");
      int n = seatCount.isPresent() ? seatCount.getAsInt() : ballots.seats().orElse(1);
      warnUnused(overrides, counter.ruleOptions(), countMethod);
      countRules = overrides.applyTo(counter.defaults());
      CountRules used = countRules;
      result = timed(() -> counter.count(ballots.ballots(), n, used), r -> "counted by " + countMethod + " in " + r.rounds().size()
          + (r.rounds().size() == 1 ? " round" : " rounds"));
    } else {
      GradedCount counter = Methods.graded(countMethod).orElseThrow();
      GradedBallots ballots = timed(() -> read(ballotSource, r -> BallotReader.graded(r, ballotSource.name(), ballotFormat.get(), options)),
          in -> "read " + number(in.ballots().size()) + " distinct graded ballots from " + ballotSource.name());
      int n = seatCount.orElse(1);
      warnUnused(overrides, counter.ruleOptions(), countMethod);
      countRules = overrides.applyTo(counter.defaults());
      CountRules used = countRules;
      result = timed(() -> counter.count(ballots, n, used), r -> "counted by " + countMethod);
    }
    ReportText.lines(result).forEach(environment::output);
    if (json != null) {
      writeAtomically(environment.resolve(json), result);
      environment.info("report written to " + json);
    }
    return 0;
  }

  /** An option the method does not read is named, not silently dropped (docs/counting.md, "Which method reads which option"). */
  private void warnUnused(RuleOverrides overrides, java.util.Set<String> read, CountMethod countMethod) {
    for (String key : overrides.keysSet()) {
      if (!read.contains(key) && !(key.equals("candidates") && archive != null)) {
        environment.warning(key + " (flag --" + key + " or rules-file key) does not change a " + countMethod + " count, which reads only "
            + read.stream().sorted().collect(Collectors.joining(", ")) + "; it is ignored");
      }
    }
  }

  private CountMethod method(List<String> problems) {
    Optional<CountMethod> m = CountMethod.byFlag(method.strip());
    if (m.isEmpty()) {
      problems.add("--method \"" + method + "\" is not a counting method (expected one of "
          + Arrays.stream(CountMethod.values()).map(CountMethod::flag).collect(Collectors.joining(", ")) + ")");
      return null;
    }
    return m.get();
  }

  private static OptionalInt positive(String flag, String value, List<String> problems) {
    if (value == null) {
      return OptionalInt.empty();
    }
    String v = value.strip();
    if (!v.isEmpty() && v.length() < 7 && v.chars().allMatch(Character::isDigit) && Integer.parseInt(v) > 0) {
      return OptionalInt.of(Integer.parseInt(v));
    }
    problems.add(flag + " \"" + value + "\" is not a positive whole number (expected e.g. " + flag + " 1)");
    return OptionalInt.empty();
  }

  private RuleOverrides flags(List<String> problems) {
    RuleOverrides overrides = RuleOverrides.none();
    String[][] given = {
      {"overvote", overvote}, {"max-skipped-ranks", maxSkippedRanks}, {"duplicate", duplicate}, {"tiebreak", tiebreak},
      {"batch-elimination", batchElimination ? "true" : null}, {"continue-until-two", continueUntilTwo ? "true" : null},
      {"one-winner-per-round", oneWinnerPerRound ? "true" : null}, {"minimum-votes", minimumVotes}, {"threshold", threshold},
      {"decimal-places", decimalPlaces}, {"rounding", rounding}, {"candidates", candidates}
    };
    for (String[] flag : given) {
      if (flag[1] == null) {
        continue;
      }
      RuleOption option = RuleOption.byKey(flag[0]).orElseThrow();
      RuleOption.Result result = option.parse(flag[1], overrides);
      if (result.overrides().isEmpty()) {
        problems.add("--" + option.key() + " \"" + flag[1] + "\" " + result.problem() + " (expected " + option.accepted() + ")");
      } else {
        overrides = result.overrides().get();
      }
    }
    return overrides;
  }

  /** The ballots come from --input FILE (format by --format or extension) or --archive BEL --question N (decrypted Belenios ballots). */
  private Optional<BallotFormat> source(OptionalInt questionNumber, List<String> problems) {
    if ((input == null) == (archive == null)) {
      problems.add(input == null
          ? "no ballots: give --input FILE, or --archive UUID.bel --question N"
          : "--input and --archive both given: count one or the other");
      return Optional.empty();
    }
    if (archive != null) {
      if (question == null) {
        problems.add("--archive needs --question N: which non-homomorphic question of the election to count (1 = the first)");
      }
      if (candidates != null) {
        problems.add("--candidates \"" + candidates + "\" cannot rename an archive's candidates: they are the question's answers, in the election's order (drop --candidates)");
      }
      if (format != null && !format.strip().equals("belenios")) {
        problems.add("--format \"" + format + "\" does not apply to --archive, whose ballots are Belenios' decrypted ballots (drop --format)");
      }
      return BallotFormat.byFlag("belenios");
    }
    if (question != null) {
      problems.add("--question goes with --archive; a ballot file has one question (drop --question)");
    }
    if (format != null) {
      Optional<BallotFormat> f = BallotFormat.byFlag(format.strip());
      if (f.isEmpty()) {
        problems.add("--format \"" + format + "\" is not a ballot format (expected one of " + BallotFormat.flags() + ")");
      }
      return f;
    }
    Optional<BallotFormat> f = BallotFormat.byExtension(input);
    if (f.isEmpty()) {
      problems.add("--input " + input + ": the extension does not say the format (give --format, one of " + BallotFormat.flags() + ")");
    }
    return f;
  }

  private RuleOverrides rulesFile() throws IOException {
    if (rules == null) {
      return RuleOverrides.none();
    }
    Path path = environment.resolve(rules);
    return read(new Source(rules, () -> Files.newBufferedReader(path, StandardCharsets.UTF_8)), r -> RulesJson.read(r, rules));
  }

  @FunctionalInterface
  private interface Reading<T> {
    Parsed<T> read(BufferedReader reader) throws IOException;
  }

  /** Where text to read comes from, and the name its messages give it. */
  private record Source(String name, Opener opener) {}

  @FunctionalInterface
  private interface Opener {
    BufferedReader open() throws IOException;
  }

  /** Reads a file the user named (or an archive's ballots); its problems become {@code E:} lines and one failure. */
  private <T> T read(Source source, Reading<T> reading) throws IOException {
    Parsed<T> parsed;
    try (BufferedReader reader = source.opener().open()) {
      parsed = reading.read(reader);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CommandFailure(source.name() + " is not UTF-8 text (save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
    }
    if (!parsed.ok()) {
      throw report(parsed.errors().stream().map(InputError::message).toList(), "nothing was counted. Fix them and run again");
    }
    return parsed.get();
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }

  private <T> T timed(Step<T> step, java.util.function.Function<T, String> done) throws IOException {
    Instant start = environment.clock().instant();
    T result = step.run();
    Duration took = Duration.between(start, environment.clock().instant());
    environment.info(done.apply(result) + String.format(java.util.Locale.ROOT, " (%.1f s)", took.toMillis() / 1000.0));
    return result;
  }

  private CommandFailure report(List<String> problems, String consequence) {
    problems.stream().limit(SHOWN).forEach(problem -> environment.error("E: " + problem));
    if (problems.size() > SHOWN) {
      environment.error("E: ... and " + (problems.size() - SHOWN) + " more");
    }
    return new CommandFailure(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; " + consequence + ".");
  }

  /** Written to a temporary file beside OUT, then moved over it, so OUT is never half a report. */
  private static void writeAtomically(Path out, CountReport report) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        ReportJson.write(report, writer);
      }
      // On disk before it takes OUT's name: "report written" is said only of a durable file.
      try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String number(long n) {
    return String.format("%,d", n);
  }
}
