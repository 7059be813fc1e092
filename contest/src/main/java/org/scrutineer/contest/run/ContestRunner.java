package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.directory.DirectoryLock;
import org.scrutineer.contest.directory.Json;
import org.scrutineer.contest.directory.RejectionsFile;
import org.scrutineer.contest.directory.RemovalsFile;
import org.scrutineer.contest.directory.StepWrite;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.error.StepRefused;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.RemovalRequest;
import org.scrutineer.contest.step.ContestProgress;
import org.scrutineer.contest.step.Step;
import org.scrutineer.count.json.ReportJson;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.evaluation.Decision;
import org.scrutineer.electorate.evaluation.Evaluation;
import org.scrutineer.electorate.evaluation.Evaluator;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.Person;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.rules.Ruleset;
import org.scrutineer.electorate.rules.RulesetReader;
import org.scrutineer.nominations.json.ResultJson;
import org.scrutineer.nominations.result.NominationResult;

/**
 * The steps of one contest, on its directory (docs/adr/0012-contest-design.md, docs/contest.md).
 * Each step first asks {@link ContestDirectory#check} whether it may run (the step before it done,
 * not frozen, every file earlier steps wrote unchanged), then writes through a {@link StepWrite} and
 * commits; refused, or failing part way, it changes nothing. The Belenios elections are made,
 * tallied and decrypted by the {@link BeleniosTool} given, never by code of this module.
 */
public final class ContestRunner {
  /** The Belenios group of every contest this version opens (spec 2.0 §5). */
  public static final String GROUP = "BELENIOS-2048";

  private final ContestDirectory contest;
  private final BeleniosTool tool;
  private final Clock clock;
  private final Consumer<Progress> progress;

  /**
   * @param progress told how far long steps have got, often (the caller throttles what it shows)
   */
  public ContestRunner(Path directory, BeleniosTool tool, Clock clock, Consumer<Progress> progress) {
    this.contest = new ContestDirectory(directory);
    this.tool = tool;
    this.clock = clock;
    this.progress = progress;
  }

  public ContestDirectory directory() {
    return contest;
  }

  /** The work of a step once it may run; it commits through {@code write}, or returns a refusal. */
  @FunctionalInterface
  interface Work {
    StepOutcome run(StepWrite write, ContestFile before) throws IOException;
  }

  StepOutcome step(Step step, Work work) throws IOException {
    if (step != Step.INIT && !Files.isDirectory(contest.root())) {
      return new StepOutcome.Refused(contest.check(step)); // no contest here: say so, and make no directory
    }
    Optional<DirectoryLock> lock = DirectoryLock.tryAcquire(contest.root(), false);
    if (lock.isEmpty()) {
      return StepOutcome.refused(busy(step));
    }
    try (DirectoryLock held = lock.get()) {
      List<ContestError> problems = contest.check(step);
      if (!problems.isEmpty()) {
        return new StepOutcome.Refused(problems);
      }
      ContestFile before = contest.read().orElseGet(() -> new ContestFile("", GROUP, Map.of(), ContestProgress.empty()));
      try (StepWrite write = contest.begin(step, before)) {
        return work.run(write, before);
      }
    }
  }

  /** Why {@code step} cannot run now: another step holds the contest's lock. */
  static StepRefused busy(Step step) {
    return new StepRefused(step.command(), "cannot run while another step works on this contest",
        "wait for it to finish (only one step runs on a contest at a time), then run this one again");
  }

  BeleniosTool tool() {
    return tool;
  }

  Clock clock() {
    return clock;
  }

  Consumer<Progress> progress() {
    return progress;
  }

  /**
   * {@code init}: a new contest named {@code name} under the ruleset {@code rules} (its file's
   * exact bytes, kept as {@code rules/electorate.json}).
   */
  public StepOutcome init(String name, String rulesFile, byte[] rules) throws IOException {
    return step(Step.INIT, (write, before) -> {
      if (name.isBlank()) {
        return StepOutcome.refused(new StepRefused("init", "needs the contest's name", "give --name, e.g. \"Labour leadership 2016\""));
      }
      Parsed<Ruleset> parsed = RulesetReader.read(rulesFile, new String(rules, StandardCharsets.UTF_8));
      if (!parsed.problems().isEmpty()) {
        return new StepOutcome.Refused(parsed.problems().stream()
            .map(problem -> (ContestError) new StepRefused("init", "cannot use the ruleset: " + problem, "correct " + rulesFile))
            .toList());
      }
      write.write(Layout.RULES, rules);
      write.commit(new ContestFile(name.strip(), GROUP, Map.of(), ContestProgress.empty()));
      return new StepOutcome.Done(List.of("contest \"" + name.strip() + "\" in " + contest.root(),
          "ruleset: " + parsed.orElseThrow().name() + " (reference date " + parsed.orElseThrow().referenceDate() + ")"));
    });
  }

  /** The ruleset {@code init} recorded. */
  Ruleset ruleset() throws IOException {
    return RulesetReader.read(Layout.RULES, Files.readString(contest.resolve(Layout.RULES), StandardCharsets.UTF_8)).orElseThrow();
  }

  /**
   * {@code electorate}: who may vote, and in which section, under the contest's ruleset; writes
   * {@code electorate/snapshot.json} (the source, the totals, the failures by rule) and one voter
   * list per section in {@code private/voters/}. May be redone until {@code open}.
   */
  public StepOutcome electorate(LinkedRegister register, ElectorateSource source) throws IOException {
    return step(Step.ELECTORATE, (write, before) -> {
      Ruleset ruleset = ruleset();
      Evaluation evaluation = new Evaluator(ruleset).evaluate(register);
      Map<Section, StringBuilder> lists = new EnumMap<>(Section.class);
      for (Section section : Section.values()) {
        lists.put(section, new StringBuilder());
      }
      // The evaluation decides the register's people in their order: decision i is person i's.
      for (int i = 0; i < evaluation.decisions().size(); i++) {
        Decision decision = evaluation.decisions().get(i);
        if (decision.section().isEmpty()) {
          continue;
        }
        Person person = register.people().get(i);
        MembershipRecord record = person.record(decision.votesAs().orElseThrow()).orElseThrow();
        String email = record.contact().email().trim();
        if (email.indexOf(',') >= 0 || decision.personId().indexOf(',') >= 0) {
          return StepOutcome.refused(new StepRefused("electorate", "cannot list voter " + decision.personId()
              + ": a comma in the e-mail or id, which a Belenios voter list cannot carry", "correct it in the extract"));
        }
        lists.get(decision.section().get()).append(email).append(',').append(decision.personId()).append('\n');
      }
      Map<Section, Long> voters = evaluation.votersBySection();
      if (voters.values().stream().mapToLong(Long::longValue).sum() == 0) {
        return StepOutcome.refused(new StepRefused("electorate", "finds nobody eligible under " + ruleset.name(),
            "check the register and the ruleset with `scrutineer electorate evaluate`"));
      }
      for (Section section : Section.values()) {
        write.write(Layout.voters(section), lists.get(section).toString().getBytes(StandardCharsets.UTF_8));
      }
      write.write(Layout.SNAPSHOT, Json.bytes(snapshot(ruleset, register, evaluation, source)));
      write.commit(before);
      List<String> lines = new ArrayList<>();
      lines.add("ruleset " + ruleset.name() + ": " + register.people().size() + " people, " + evaluation.ineligible() + " not eligible");
      for (Section section : Section.values()) {
        lines.add(String.format("%-22s %,10d voters", section.key(), voters.getOrDefault(section, 0L)));
      }
      return new StepOutcome.Done(lines);
    });
  }

  private static ObjectNode snapshot(Ruleset ruleset, LinkedRegister register, Evaluation evaluation, ElectorateSource source) {
    ObjectNode root = Json.object();
    root.put("ruleset", ruleset.name());
    root.put("reference_date", ruleset.referenceDate().toString());
    ObjectNode from = root.putObject("source");
    from.put("kind", source.kind());
    from.put("location", source.location());
    ObjectNode files = from.putObject("sha256");
    source.files().forEach(files::put);
    root.put("people", register.people().size());
    ObjectNode voters = root.putObject("voters");
    for (Section section : Section.values()) {
      voters.put(section.key(), evaluation.votersBySection().getOrDefault(section, 0L));
    }
    root.put("not_eligible", evaluation.ineligible());
    ObjectNode failures = root.putObject("failures_by_rule");
    evaluation.failuresByRule().forEach((rule, count) -> failures.put(rule.field(), count));
    return root;
  }

  /** Voters by section, as the electorate step recorded them. */
  Map<Section, Long> votersBySection() throws IOException {
    JsonNode voters = Json.read(Files.readAllBytes(contest.resolve(Layout.SNAPSHOT)), Layout.SNAPSHOT).path("voters");
    Map<Section, Long> counts = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      counts.put(section, voters.path(section.key()).asLong());
    }
    return counts;
  }

  /**
   * {@code nominations}: the nominations tally ({@code nominations/result.json}) and the ballot:
   * the validly nominated candidates in the rules' order ({@code candidates.json}). A ballot needs
   * two; may be redone until {@code open}.
   */
  public StepOutcome nominations(NominationResult result) throws IOException {
    return step(Step.NOMINATIONS, (write, before) -> {
      List<String> nominated = result.nominated();
      if (nominated.size() < 2) {
        return StepOutcome.refused(new StepRefused("nominations", "finds " + nominated.size() + " validly nominated candidate"
            + (nominated.size() == 1 ? "" : "s") + " (" + result.statusExplanation() + "), and a ballot needs two",
            "no ballot is held; check the nominations with `scrutineer nominations explain`"));
      }
      StringWriter json = new StringWriter();
      ResultJson.write(result, json);
      write.write(Layout.NOMINATIONS, json.toString().getBytes(StandardCharsets.UTF_8));
      ObjectNode candidates = Json.object();
      ArrayNode names = candidates.putArray("candidates");
      nominated.forEach(names::add);
      write.write(Layout.CANDIDATES, Json.bytes(candidates));
      write.commit(before);
      return new StepOutcome.Done(List.of("ballot: " + String.join(", ", nominated)));
    });
  }

  /** The candidates in ballot order, as {@code nominations} recorded them. */
  List<String> candidates() throws IOException {
    List<String> names = new ArrayList<>();
    Json.read(Files.readAllBytes(contest.resolve(Layout.CANDIDATES)), Layout.CANDIDATES).path("candidates")
        .forEach(name -> names.add(name.asText()));
    return names;
  }

  /** {@code open}: one Belenios election per section with voters, sharing one trustee with the whole key. */
  public StepOutcome open() throws IOException {
    return open(TrusteeScheme.SINGLE);
  }

  /** {@code open}: one Belenios election per section with voters, sharing the trustees of {@code scheme}. */
  public StepOutcome open(TrusteeScheme scheme) throws IOException {
    return open(scheme, BallotKind.PLURALITY);
  }

  /**
   * {@code open}: one Belenios election per section with voters, sharing the trustees of {@code
   * scheme}, each with the one question of {@code ballot} (recorded in {@code contest.json}).
   */
  public StepOutcome open(TrusteeScheme scheme, BallotKind ballot) throws IOException {
    return new Opening(this, scheme, ballot).open();
  }

  /** {@code cast}: appends ballots (one JSON ballot each, as belenios-tool or we make them) to their section's box. */
  public StepOutcome cast(List<byte[]> ballots) throws IOException {
    return new Casting(this).cast(ballots);
  }

  /** {@code remove}: records a vote removal (contest.removal); from then on that credential's ballots are refused and not counted. */
  public StepOutcome remove(RemovalRequest request) throws IOException {
    return step(Step.REMOVE, (write, before) -> {
      RemovalLog log = removals();
      RemovalLog.Outcome outcome = log.add(request, Opening.issued(contest), LocalDate.now(clock));
      if (outcome instanceof RemovalLog.Refused refused) {
        return new StepOutcome.Refused(List.copyOf(refused.problems()));
      }
      RemovalLog.Recorded recorded = (RemovalLog.Recorded) outcome;
      write.write(Layout.REMOVALS, RemovalsFile.toJson(recorded.log()));
      ObjectNode requests = Files.exists(contest.resolve(Layout.REMOVAL_REQUESTS))
          ? (ObjectNode) Json.read(Files.readAllBytes(contest.resolve(Layout.REMOVAL_REQUESTS)), Layout.REMOVAL_REQUESTS)
          : Json.object();
      ObjectNode entry = requests.withArray("requests").addObject();
      entry.put("number", recorded.removal().number());
      entry.put("voter", request.voter().strip());
      write.write(Layout.REMOVAL_REQUESTS, Json.bytes(requests));
      write.commit(before);
      return new StepOutcome.Done(List.of("removal " + recorded.removal().number() + ": the " + recorded.removal().section().key()
          + " credential " + abbreviated(recorded.removal().credential()) + " is removed; its ballots will not be counted"));
    });
  }

  /** The removal log; empty before any removal. */
  RemovalLog removals() throws IOException {
    Path file = contest.resolve(Layout.REMOVALS);
    return Files.exists(file) ? RemovalsFile.parse(Files.readAllBytes(file)) : RemovalLog.empty();
  }

  /** The ballots refused at casting; empty before any was. */
  RejectionLog rejections() throws IOException {
    Path file = contest.resolve(Layout.REJECTIONS);
    return Files.exists(file) ? RejectionsFile.parse(Files.readAllBytes(file)) : RejectionLog.empty();
  }

  /** {@code close}: appends {@code EndBallots} to every section's ballot box. */
  public StepOutcome close() throws IOException {
    return step(Step.CLOSE, (write, before) -> {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<Section, String> election : before.elections().entrySet()) {
        Path bel = write.appendedTo(Layout.archive(Layout.castDirectory(election.getKey()), election.getValue()));
        ArchiveWriter.append(bel, EventType.EndBallots, List.of());
        lines.add(election.getKey().key() + ": ballot box closed");
      }
      write.commit(before);
      return new StepOutcome.Done(lines);
    });
  }

  /** {@code tally}: the counted archives, their tallies decrypted by the trustees, and {@code result.json}. */
  public StepOutcome tally(List<Path> trusteeKeys) throws IOException {
    return new Tallying(this).tally(trusteeKeys);
  }

  /**
   * A ranked contest's alternative-vote count, round by round and by section, as {@code tally} wrote
   * it to {@code count.json} (for {@code contest.report.Rounds#from}); empty before {@code tally} and
   * for a plurality ballot. {@code verify} recounts it from the verified archives.
   *
   * @throws IOException if {@code count.json} cannot be read as a count report
   */
  public Optional<CountReport> preferenceCount() throws IOException {
    Path file = contest.resolve(Layout.COUNT);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      org.scrutineer.count.input.Parsed<CountReport> parsed = ReportJson.read(reader, Layout.COUNT);
      if (!parsed.ok()) {
        throw new IOException(Layout.COUNT + " is not a count report: " + parsed.errors());
      }
      return Optional.of(parsed.get());
    }
  }

  /** {@code report}: {@code report.html} and {@code summary.txt}, the result and the scrutineer's report ({@link Reporting}). */
  public StepOutcome report() throws IOException {
    return new Reporting(this).report();
  }

  /** {@code verify}: every archive, the cast-versus-counted check and the result; writes nothing. */
  public ContestVerification.Report verify() throws IOException {
    return new ContestVerification(this).verify();
  }

  /** The contest as it stands. */
  Optional<ContestFile> read() throws IOException {
    return contest.read();
  }

  static String abbreviated(String credential) {
    return credential.length() <= 16 ? credential : credential.substring(0, 8) + "…" + credential.substring(credential.length() - 8);
  }
}
