package org.scrutineer.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.scrutineer.belenios.ballot.BallotFactory;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.ThrottledLines;
import org.scrutineer.contest.run.TrusteeScheme;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.json.ReportJson;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Methods;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.electorate.register.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scrutineer demo contest}: a whole leadership contest run on this machine and verified
 * (issue #7, docs/contest.md): a synthetic 2016-shaped register ({@code demo register}), the
 * electorate under the 2016 NEC ruleset, the example nominations, then every {@code scrutineer
 * contest} step in-process — open with threshold trustees, simulated voters casting in all three
 * sections (ballots made by our {@code generate-ballot}, a few late ones by belenios-tool when it
 * is installed), revotes, votes removed with reason and authority (and a ballot from a removed voter
 * refused), close, tally (two of the three trustees decrypt), report, verify — and, when
 * belenios-tool is installed, its {@code election verify} on every archive. Exit 0 only if every
 * step succeeded, everything verifies and the published result is the simulated votes' result.
 *
 * <p>{@code --variant alternative-vote}: four candidates (the example nominations {@code
 * vacancy-2020-four}) on a ranked ballot ({@code open --ballot ranked}); voters rank them, the
 * trustees who decrypt shuffle first, and the alternative vote over every section's decrypted
 * rankings ({@code count.json}) must be the same count, round by round and section by section, as an
 * IRV count of the simulated rankings.
 */
@Command(
    name = "contest",
    mixinStandardHelpOptions = true,
    description = {
      "Run a whole leadership contest on a synthetic register and verify it: electorate, nominations, threshold trustees,"
          + " voters in three sections (revotes, removed votes), tally, report, verification by Scrutineer and belenios-tool.",
      "With --variant alternative-vote: four candidates ranked, shuffled by the trustees, counted by the alternative vote by section.",
      "Exit 0 only if everything verifies and the result is the simulated votes' result."
    })
public final class DemoContestCommand implements Callable<Integer> {
  /** People in the synthetic register per voter: the 2016 NEC ruleset finds about 79% of the register eligible. */
  private static final double PEOPLE_PER_VOTER = 1.27;

  @Spec private CommandSpec spec;

  private final CommandEnvironment environment;

  public DemoContestCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  /**
   * The default size: the largest that finishes in about two minutes on this project's 2-core
   * machine — 124 s for 3,000 voters with two candidates; a ranked ballot is shuffled and in a group
   * with eight times longer exponents, so that variant defaults to 1,000 (docs/contest.md).
   */
  private static final int DEFAULT_VOTERS = 3000;
  private static final int DEFAULT_RANKED_VOTERS = 1000;

  @Option(names = "--voters", paramLabel = "N",
      description = "About how many voters the electorate holds; the register has about 1.27 times as many people (default: "
          + DEFAULT_VOTERS + ", or " + DEFAULT_RANKED_VOTERS + " with --variant alternative-vote).")
  private Integer voters;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016",
      description = "Seed of the register and of the simulated voters (keys, credentials and nonces stay random) (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to write everything, empty or new (default: a new directory under the system temporary directory).")
  private Path dir;

  @Option(names = "--trustees", paramLabel = "K-of-N", defaultValue = "2-of-3",
      description = "The trustees: K-of-N threshold trustees (the first and the last decrypt), or 1-of-1 (default: ${DEFAULT-VALUE}).")
  private String trustees;

  @Option(names = "--variant", paramLabel = "VARIANT", defaultValue = "two-candidates",
      description = "two-candidates: 2016's ballot, one of two candidates or blank; alternative-vote: four candidates ranked,"
          + " shuffled, and counted by the alternative vote over every section (default: ${DEFAULT-VALUE}).")
  private String variant;

  private PrintWriter out;
  private InProcessCommands commands;
  private Path contest;
  private final List<String> failures = new ArrayList<>();

  /** Ballots the demo sent to be rejected at casting: a removed voter's, a replay, a tampered one. */
  private long rejectedSent;

  /** When the step being run began, or -1. */
  private long stepStarted = -1;

  @Override
  public Integer call() throws IOException {
    if (voters == null) {
      voters = variant.equals("alternative-vote") ? DEFAULT_RANKED_VOTERS : DEFAULT_VOTERS;
    }
    if (voters < 10 || voters > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--voters must be between 10 and 1000000, got " + voters);
    }
    TrusteeScheme scheme = TrusteeScheme.parse(trustees).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--trustees " + trustees + " is not a trustee scheme: give 1-of-1, or K-of-N with 2 <= K <= N <= 20, e.g. 2-of-3"));
    if (!variant.equals("two-candidates") && !variant.equals("alternative-vote")) {
      throw new ParameterException(spec.commandLine(), "--variant " + variant + " is not a variant: give two-candidates or alternative-vote");
    }
    boolean ranked = variant.equals("alternative-vote");
    String nominations = ranked ? "vacancy-2020-four" : "2016-challenge";
    out = spec.commandLine().getOut();
    Path directory = directory();
    commands = new InProcessCommands(environment, out);
    contest = directory.resolve("contest");
    long started = environment.clock().millis();
    String path = environment.variables().getOrDefault("PATH", "");
    boolean theirs = BeleniosToolCheck.installed(path);
    out.println("Demo contest in " + directory + (theirs ? "" : " (belenios-tool is not installed: its ballots and checks are skipped)"));

    int people = (int) Math.max(1, Math.round(voters * PEOPLE_PER_VOTER));
    header(1, "A synthetic 2016-shaped register of " + people + " people (seed " + seed + ")");
    InProcessCommands.Run register = commands.quiet("demo", "register", "--people", Integer.toString(people), "--seed", Long.toString(seed),
        "--dir", directory.resolve("register").toString());
    if (!register.succeeded()) {
      return failed("demo register", register.err());
    }
    out.println("    " + register.out().lines().findFirst().orElse(""));
    Path inputs = inputs(directory.resolve("inputs"), nominations);

    header(2, "Contest set-up: ruleset, electorate, nominations");
    if (!step("init", "--name", "Labour leadership (demo)", "--rules", inputs.resolve("rules/2016-nec.json").toString())
        || !step("electorate", "--extracts", directory.resolve("register").toString())
        || !step("nominations", nominationFiles(inputs.resolve("nominations/" + nominations)))) {
      return 124;
    }

    header(3, "Open: one election per section, " + scheme + " trustees"
        + (scheme.isThreshold() ? " (e.g. the general secretary, the candidates' nominee, an independent scrutineer)" : "")
        + (ranked ? ", a ranked ballot" : ""));
    if (!step("open", "--trustees", scheme.toString(), "--ballot", ranked ? "ranked" : "plurality")) {
      return 124;
    }
    List<Section> sections = sections();
    List<String> candidates = candidates();
    List<SimulatedVoters.Voter> electorate = SimulatedVoters.voters(contest, sections);
    SimulatedVoters simulation = new SimulatedVoters(seed, candidates.size(), ranked);

    header(4, "Voting: " + electorate.size() + " voters in " + sections.size() + " sections; ballots made by Scrutineer's ballot code");
    List<SimulatedVoters.Intent> first = simulation.firstBallots(electorate);
    List<byte[]> firstBallots = ours(first);
    if (!cast("batch-1", firstBallots)) {
      return 124;
    }

    header(5, "Votes removed after credentials were issued, with reason and authority; ballots rejected at casting");
    List<SimulatedVoters.Voter> removals = simulation.toRemove();
    for (int r = 0; r < removals.size(); r++) {
      SimulatedVoters.Voter voter = removals.get(r);
      if (!step("remove", "--voter", voter.login(), "--reason", r % 2 == 0 ? "intimidation of other voters" : "support for another party",
          "--authority", "NEC disputes panel", "--decided", "2016-09-01")) {
        return 124;
      }
      simulation.removed(voter);
    }
    // Three ballots a ballot box must refuse, each recorded in rejections.json with its reason and
    // counted in the scrutineer's report: a new ballot of a removed voter, a replay, a tampered one.
    List<byte[]> refused = new ArrayList<>(ours(List.of(simulation.vote(removals.get(0)))));
    if (!firstBallots.isEmpty()) {
      refused.add(firstBallots.get(0));
      refused.add(tampered(firstBallots.get(firstBallots.size() - 1)));
    }
    rejectedSent = refused.size();
    InProcessCommands.Run rejected = castQuiet("rejected", refused);
    List<String> warnings = rejected.err().lines().filter(line -> line.startsWith("W: ")).toList();
    if (rejected.status() != ExitStatus.SOME_REJECTED || warnings.size() != refused.size() || rejected.out().contains(" cast\n")) {
      failures.add("the " + refused.size() + " ballots a ballot box must refuse were not all rejected and recorded: " + rejected.err().strip());
    } else {
      out.println("    " + refused.size() + " ballots rejected at casting and recorded in rejections.json (their reasons, never their content):");
      warnings.forEach(warning -> out.println("      " + warning.substring(3)));
    }
    header(6, "Revotes, and late ballots" + (theirs ? " made by belenios-tool" : ""));
    List<SimulatedVoters.Intent> revotes = simulation.revotes();
    List<SimulatedVoters.Intent> late = simulation.lateBallots(electorate);
    List<byte[]> second = new ArrayList<>(ours(revotes));
    second.addAll(theirs ? theirs(late) : ours(late));
    out.println("    " + revotes.size() + " revotes, " + late.size() + " late ballots");
    if (!cast("batch-2", second)) {
      return 124;
    }

    header(7, "Close, tally" + (ranked ? " (the decrypting trustees shuffle first; the alternative vote over every section)" : "")
        + (scheme.isThreshold() ? " (trustees 1 and " + scheme.count() + " of " + scheme + " decrypt)" : "") + ", report");
    List<String> tally = new ArrayList<>(List.of("tally"));
    if (scheme.isThreshold()) {
      List<Integer> decrypting = new ArrayList<>();
      for (int t = 1; t < scheme.threshold(); t++) {
        decrypting.add(t);
      }
      decrypting.add(scheme.count());
      decrypting.forEach(t -> tally.addAll(List.of("--trustee-key", contest.resolve("private/trustees/" + t + ".key").toString())));
    }
    if (!step("close") || !step(tally.get(0), tally.subList(1, tally.size()).toArray(String[]::new))) {
      return 124;
    }
    InProcessCommands.Run report = commands.quiet("contest", "report", "--dir", contest.toString());
    if (!report.succeeded()) {
      return failed("scrutineer contest report", report.err());
    }
    out.println("    report.html and summary.txt written (the summary is below)");

    header(8, "Verification by Scrutineer: digests, every archive, cast against counted, result.json");
    step("verify");
    checkResult(simulation, candidates, ranked);
    if (ranked) {
      checkCount(simulation, candidates);
    }

    header(9, "Verification by belenios-tool: election verify on every archive");
    if (theirs) {
      // belenios-tool runs on one core: the archives are verified on every core at once, and their
      // output printed in order once all are done.
      List<String> archives = new ArrayList<>();
      for (Section section : sections) {
        for (String box : List.of("cast", "counted")) {
          archives.add("sections/" + section.key() + "/" + box);
        }
      }
      int ballots = first.size() + second.size();
      ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
      try {
        List<Future<ToolVerification>> runs = new ArrayList<>();
        for (String archive : archives) {
          runs.add(pool.submit(() -> {
            StringWriter text = new StringWriter();
            PrintWriter log = new PrintWriter(text);
            boolean accepted = BeleniosToolCheck.verify(contest.resolve(archive), path, ballots, log);
            log.flush();
            return new ToolVerification(archive, accepted, text.toString());
          }));
        }
        for (Future<ToolVerification> run : runs) {
          ToolVerification verification = run.get();
          out.println("    " + verification.archive() + ":");
          out.print(verification.output());
          if (!verification.accepted()) {
            failures.add("belenios-tool does not verify " + verification.archive());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while belenios-tool verified the archives", e);
      } catch (ExecutionException e) {
        throw new IOException("belenios-tool could not be run: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    } else {
      out.println("    belenios-tool is not installed (apt-get install belenios-tool); skipped");
    }

    endStep();
    out.println();
    out.print(Files.readString(contest.resolve("summary.txt"), StandardCharsets.UTF_8));
    out.println();
    double seconds = (environment.clock().millis() - started) / 1000.0;
    if (failures.isEmpty()) {
      out.printf("Everything verifies and the result is the simulated votes' result (%.0f s).%n", seconds);
    } else {
      failures.forEach(failure -> out.println("FAILED: " + failure));
    }
    out.println("Report: " + contest.resolve("report.html"));
    out.println("Contest directory: " + contest + " (result.json, " + (ranked ? "count.json, " : "")
        + "report.html, summary.txt, removals.json, rejections.json, sections/*/cast and counted)");
    out.println("Re-verify it yourself: ./scrutineer contest verify --dir " + contest
        + "   and   belenios-tool election verify --dir " + contest + "/sections/member/counted (and each other archive)");
    out.flush();
    return failures.isEmpty() ? 0 : 124;
  }

  /** Ends the step before, saying how long it took, and starts step {@code number}. */
  private void header(int number, String text) {
    endStep();
    out.println(number + "/9 " + text);
    out.flush();
    stepStarted = environment.clock().millis();
  }

  private void endStep() {
    if (stepStarted >= 0) {
      out.printf("    (%.1f s)%n", (environment.clock().millis() - stepStarted) / 1000.0);
    }
    stepStarted = -1;
  }

  /**
   * {@code ballot} with the last digit of its last proof response changed: still a ballot of the
   * same election and credential, in canonical form, that fails Belenios' proof checks.
   */
  private static byte[] tampered(byte[] ballot) {
    String text = new String(ballot, StandardCharsets.UTF_8);
    int response = text.lastIndexOf("\"response\":\"");
    int end = text.indexOf('"', response + "\"response\":\"".length());
    char digit = text.charAt(end - 1);
    char changed = (char) ('0' + (digit - '0' + 1) % 10);
    return (text.substring(0, end - 1) + changed + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code scrutineer contest STEP --dir CONTEST ARGS…}, its lines shown; a failure is recorded. */
  private boolean step(String step, String... args) {
    List<String> command = new ArrayList<>(List.of("contest", step, "--dir", contest.toString()));
    command.addAll(Arrays.asList(args));
    InProcessCommands.Run run = commands.shown(command.toArray(String[]::new));
    if (!run.succeeded()) {
      failures.add("scrutineer contest " + step + " failed");
    }
    return run.succeeded();
  }

  private int failed(String what, String err) {
    out.println("FAILED: " + what + ": " + err.strip());
    out.flush();
    return 124;
  }

  private boolean cast(String name, List<byte[]> ballots) throws IOException {
    return step("cast", "--ballots", write(name, ballots).toString());
  }

  private InProcessCommands.Run castQuiet(String name, List<byte[]> ballots) throws IOException {
    return commands.quiet("contest", "cast", "--dir", contest.toString(), "--ballots", write(name, ballots).toString());
  }

  /** The ballots as a file, one a line; voters' ballots are not part of the contest directory. */
  private Path write(String name, List<byte[]> ballots) throws IOException {
    Path file = Files.createDirectories(contest.resolveSibling("ballots")).resolve(name + ".txt");
    StringBuilder text = new StringBuilder();
    ballots.forEach(ballot -> text.append(new String(ballot, StandardCharsets.UTF_8).strip()).append('\n'));
    return Files.writeString(file, text);
  }

  /**
   * Ballots made by our ballot code ({@link BallotFactory}, what {@code scrutineer belenios election
   * generate-ballot} runs) for each voter's section's election, on every core. The election is read
   * once per section: {@code generate-ballot} would re-read and re-check the whole board, trustees'
   * proofs included, for every ballot.
   */
  private List<byte[]> ours(List<SimulatedVoters.Intent> intents) throws IOException {
    Map<Section, Election> elections = new EnumMap<>(Section.class);
    for (SimulatedVoters.Intent intent : intents) {
      Section section = intent.voter().section();
      if (!elections.containsKey(section)) {
        try {
          // The file make-election wrote ends with a newline; the archive, whose hash ballots carry, holds the line without it.
          String election = Files.readString(contest.resolve("sections/" + section.key() + "/election.json"), StandardCharsets.UTF_8).strip();
          elections.put(section, Election.parse(election.getBytes(StandardCharsets.UTF_8)));
        } catch (BeleniosFormatException e) {
          throw new IOException("sections/" + section.key() + "/election.json: " + e.getMessage(), e);
        }
      }
    }
    byte[][] ballots = new byte[intents.size()][];
    ThrottledLines progress = new ThrottledLines(line -> {
      out.println(line);
      out.flush();
    }, environment.clock());
    AtomicInteger made = new AtomicInteger();
    ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(() -> environment.random().get());
    IntStream.range(0, intents.size()).parallel().forEach(k -> {
      SimulatedVoters.Intent intent = intents.get(k);
      Credential credential = Credential.parse(intent.voter().credential())
          .orElseThrow(() -> new IllegalStateException("open issued an invalid credential to " + intent.voter().login()));
      ballots[k] = new BallotFactory(elections.get(intent.voter().section()), random.get()).create(credential, choices(intent.choice())).toJson();
      progress.offer("    " + made.incrementAndGet() + " of " + intents.size() + " ballots made");
    });
    return Arrays.asList(ballots);
  }

  /** A plaintext choice such as {@code [[0,1,0]]} as the lists {@link BallotFactory} takes. */
  static List<List<Integer>> choices(String json) {
    List<List<Integer>> questions = new ArrayList<>();
    for (String question : json.strip().replaceAll("^\\[\\[|\\]\\]$", "").split("\\],\\[")) {
      questions.add(Arrays.stream(question.split(",")).map(String::strip).map(Integer::valueOf).toList());
    }
    return questions;
  }

  /** Ballots made by belenios-tool's own {@code election generate-ballot}. */
  private List<byte[]> theirs(List<SimulatedVoters.Intent> intents) throws IOException {
    Path work = Files.createDirectories(contest.resolveSibling("ballots").resolve("work"));
    List<byte[]> ballots = new ArrayList<>();
    for (SimulatedVoters.Intent intent : intents) {
      Path credential = Files.writeString(work.resolve("credential"), intent.voter().credential() + "\n");
      Path choice = Files.writeString(work.resolve("choice"), intent.choice() + "\n");
      ballots.add(BeleniosToolCheck.generateBallot(contest.resolve("sections/" + intent.voter().section().key() + "/cast"), credential, choice));
    }
    return ballots;
  }

  /**
   * The published result, section by section, must be what the simulated voters' last ballots give
   * (for a ranked ballot: first preferences, and spoilt the rankings with none).
   */
  private void checkResult(SimulatedVoters simulation, List<String> candidates, boolean ranked) throws IOException {
    JsonNode result = new ObjectMapper().readTree(contest.resolve("result.json").toFile());
    Map<Section, long[]> expected = simulation.expected();
    boolean matches = true;
    for (JsonNode line : result.path("sections")) {
      Section section = Section.fromKey(line.path("section").asText()).orElseThrow();
      long[] counts = new long[1 + candidates.size()];
      counts[0] = line.path("spoilt").asLong();
      for (int c = 0; c < candidates.size(); c++) {
        counts[c + 1] = line.path("candidates").get(c).path("votes").asLong();
      }
      long[] wanted = expected.getOrDefault(section, new long[1 + candidates.size()]);
      boolean same = Arrays.equals(counts, wanted);
      matches &= same;
      out.println("    " + section.key() + ": published [" + (ranked ? "spoilt, first preferences of " : "blank, ") + String.join(", ", candidates)
          + "] = " + Arrays.toString(counts)
          + (same ? " = " : " != ") + "the simulated votes " + Arrays.toString(wanted));
    }
    if (!matches) {
      failures.add("the published result is not the simulated votes' result");
    }
    long rejected = result.path("total").path("rejected").path("ballots").asLong();
    out.println("    rejected at casting: " + rejected + " in result.json" + (rejected == rejectedSent ? " = " : " != ") + "the " + rejectedSent
        + " the demo sent to be rejected");
    if (rejected != rejectedSent) {
      failures.add("result.json does not count the " + rejectedSent + " ballots rejected at casting");
    }
  }

  /**
   * The alternative vote the contest published ({@code count.json}) must be an IRV count, by the
   * count module's defaults with the ballot order as official order, of the simulated voters' last
   * rankings without the removed ones, each labelled with its section: every round, every section.
   */
  private void checkCount(SimulatedVoters simulation, List<String> candidates) throws IOException {
    List<RankedBallot> ballots = new ArrayList<>();
    simulation.expectedBallots().forEach((section, rankings) -> {
      for (int[] ranks : rankings) {
        int length = Arrays.stream(ranks).max().orElse(0);
        int[][] order = new int[length][];
        for (int c = 0; c < ranks.length; c++) {
          if (ranks[c] > 0) {
            order[ranks[c] - 1] = new int[] {c};
          }
        }
        ballots.add(new RankedBallot(order, BigDecimal.ONE, section.key()));
      }
    });
    RankedCount irv = Methods.ranked(CountMethod.IRV).orElseThrow();
    CountReport expected = irv.count(new RankedBallots(Candidates.of(candidates), ballots), 1,
        RuleOverrides.none().withCandidateOrder(candidates).applyTo(irv.defaults()));
    StringWriter json = new StringWriter();
    ReportJson.write(expected, json);
    boolean same = json.toString().equals(Files.readString(contest.resolve("count.json"), StandardCharsets.UTF_8));
    out.println("    count.json: elected " + String.join(", ", expected.winners()) + " in " + expected.rounds().size() + " rounds; "
        + (same ? "the same count, round by round and section by section, as" : "NOT the same count as")
        + " an IRV count of the simulated rankings");
    if (!same) {
      failures.add("count.json is not the alternative vote of the simulated rankings");
    }
  }

  private List<Section> sections() throws IOException {
    List<Section> sections = new ArrayList<>();
    new ObjectMapper().readTree(contest.resolve("contest.json").toFile()).path("elections").fieldNames()
        .forEachRemaining(key -> sections.add(Section.fromKey(key).orElseThrow()));
    return sections;
  }

  private List<String> candidates() throws IOException {
    List<String> names = new ArrayList<>();
    new ObjectMapper().readTree(contest.resolve("candidates.json").toFile()).path("candidates").forEach(name -> names.add(name.asText()));
    return names;
  }

  /** The example ruleset and nominations this jar carries (examples/ in the source tree), copied to {@code inputs}. */
  private static Path inputs(Path inputs, String nominations) throws IOException {
    copy("examples/rules/2016-nec.json", inputs.resolve("rules/2016-nec.json"));
    for (String file : List.of("rules.json", "nominators.csv", "nominations.csv", "withdrawals.csv", "clp.csv", "affiliates.csv")) {
      copy("examples/nominations/" + nominations + "/" + file, inputs.resolve("nominations/" + nominations + "/" + file));
    }
    return inputs;
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = DemoContestCommand.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not in the jar; rebuild it with mvn -B -q package -DskipTests");
      }
      Files.createDirectories(target.getParent());
      Files.write(target, in.readAllBytes());
    }
  }

  private static String[] nominationFiles(Path set) {
    return new String[] {"--rules", set.resolve("rules.json").toString(), "--nominators", set.resolve("nominators.csv").toString(),
        "--nominations", set.resolve("nominations.csv").toString(), "--withdrawals", set.resolve("withdrawals.csv").toString(),
        "--clp", set.resolve("clp.csv").toString(), "--affiliates", set.resolve("affiliates.csv").toString()};
  }

  /** The directory to write to: new, or empty. */
  private Path directory() throws IOException {
    if (dir == null) {
      return Files.createTempDirectory("scrutineer-contest-");
    }
    Path directory = Files.createDirectories(environment.resolve(dir.toString()));
    try (Stream<Path> existing = Files.list(directory)) {
      if (existing.findAny().isPresent()) {
        throw new ParameterException(spec.commandLine(), directory + " is not empty; give an empty or new --dir");
      }
    }
    return directory;
  }

  /** One archive's belenios-tool verification: whether it was accepted, and what the tool printed. */
  private record ToolVerification(String archive, boolean accepted, String output) {}
}
