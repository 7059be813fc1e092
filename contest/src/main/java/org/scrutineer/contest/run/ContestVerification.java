package org.scrutineer.contest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerificationProgress;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.directory.DirectoryLock;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.error.FileChanged;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.report.ResultJson;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.step.Step;
import org.scrutineer.electorate.register.Section;

/**
 * {@code verify} (docs/adr/0012-contest-design.md, "Removal"): every file earlier steps wrote still
 * has its recorded digest; every section's cast archive, and once tallied its counted archive, passes
 * {@link ArchiveVerifier} (every check of {@code belenios-tool election verify}, and replays); the two
 * carry the same Setup; the counted ballots are exactly the cast ones, in order, minus those of
 * credentials in {@code removals.json}; and {@code result.json} is what the verified results give —
 * for a ranked ballot after {@code count.json} is what the alternative vote gives on the verified
 * decrypted rankings, recounted here. Writes nothing.
 */
public final class ContestVerification {
  private final ContestRunner runner;

  ContestVerification(ContestRunner runner) {
    this.runner = runner;
  }

  /** What was checked (lines) and every problem found; the contest verifies when there is none. */
  public record Report(List<String> lines, List<String> problems) {
    public Report {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** Under a shared lock: beside other readers, never beside a step that writes. */
  Report verify() throws IOException {
    if (!Files.isDirectory(runner.directory().root())) {
      return new Report(List.of(), runner.directory().check(Step.VERIFY).stream().map(ContestError::message).toList());
    }
    Optional<DirectoryLock> lock = DirectoryLock.tryAcquire(runner.directory().root(), true);
    if (lock.isEmpty()) {
      return new Report(List.of(), List.of(ContestRunner.busy(Step.VERIFY).message()));
    }
    try (DirectoryLock held = lock.get()) {
      return verifyLocked();
    }
  }

  private Report verifyLocked() throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<ContestError> refusals = runner.directory().check(Step.VERIFY);
    for (ContestError refusal : refusals) {
      if (!(refusal instanceof FileChanged)) {
        return new Report(List.of(), List.of(refusal.message()));
      }
      problems.add(refusal.message());
    }
    ContestFile contest = runner.read().orElseThrow();
    if (problems.isEmpty()) {
      lines.add("every file the steps wrote has the SHA-256 contest.json records");
    }
    RemovalLog removals = runner.removals();
    boolean tallied = contest.progress().isDone(Step.TALLY);
    SectionResults results = new SectionResults(runner.candidates(), contest.ballot());
    Map<Section, SectionArchive.Contents> casts = readableCasts(contest);
    Meter meter = new Meter(ballotsToVerify(casts, tallied, removals));
    for (Map.Entry<Section, String> election : contest.elections().entrySet()) {
      Section section = election.getKey();
      String castPath = Layout.archive(Layout.castDirectory(section), election.getValue());
      Optional<VerificationReport> cast = archive(castPath, meter, lines, problems);
      if (!tallied) {
        continue;
      }
      String countedPath = Layout.archive(Layout.countedDirectory(section), election.getValue());
      Optional<VerificationReport> counted = archive(countedPath, meter, lines, problems);
      if (cast.isEmpty() || counted.isEmpty()) {
        continue;
      }
      SectionArchive.Contents castContents = Objects.requireNonNull(casts.get(section), () -> castPath + " verifies but was not read");
      SectionArchive.Contents countedContents = SectionArchive.read(runner.directory().resolve(countedPath));
      if (!castContents.setupPayload().equals(countedContents.setupPayload())) {
        problems.add(section.key() + ": the cast and counted archives have different Setup payloads (" + castContents.setupPayload()
            + ", " + countedContents.setupPayload() + "): not the same election");
        continue;
      }
      Set<String> removed = removals.removedCredentials(section);
      List<byte[]> expected = Tallying.counted(castContents, removed);
      if (!sameBallots(expected, countedContents.ballots())) {
        problems.add(section.key() + ": the counted archive's " + countedContents.ballots().size() + " ballots are not the cast archive's "
            + castContents.ballots().size() + " in order minus the " + (castContents.ballots().size() - expected.size())
            + " of credentials removed in removals.json");
        continue;
      }
      lines.add(section.key() + ": same Setup; counted ballots = cast ballots (" + castContents.ballots().size() + ") minus "
          + (castContents.ballots().size() - expected.size()) + " of " + removed.size() + " removed credential(s), in order");
      results.add(new Publication.Box(section, election.getValue(), castContents, runner.directory().resolve(countedPath)), removed.size(),
          counted.get().result().orElseThrow());
    }
    if (casts.size() == contest.elections().size()) { // else an archive's own verification has failed already
      checkRejections(casts, lines, problems);
    }
    if (tallied && problems.isEmpty()) {
      Optional<AlternativeVote.Counted> alternativeVote = results.alternativeVote();
      if (alternativeVote.isPresent()) {
        checkCount(alternativeVote.get(), lines, problems);
      }
      checkResult(contest, alternativeVote, results, removals, lines, problems);
    }
    return new Report(lines, problems);
  }

  /** {@code rejections.json} must agree with the ballot boxes ({@link RejectionsAgreement}). */
  private void checkRejections(Map<Section, SectionArchive.Contents> casts, List<String> lines, List<String> problems) throws IOException {
    RejectionLog log;
    try {
      log = runner.rejections();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return;
    }
    List<String> disagreements = RejectionsAgreement.problems(casts, log);
    problems.addAll(disagreements);
    if (disagreements.isEmpty() && !log.rejections().isEmpty()) {
      lines.add(RejectionsAgreement.statement(log));
    }
  }

  /** The alternative vote recounted on the verified rankings must be {@code count.json}. */
  private void checkCount(AlternativeVote.Counted count, List<String> lines, List<String> problems) throws IOException {
    Path file = runner.directory().resolve(Layout.COUNT);
    if (!Files.exists(file)) {
      problems.add(Layout.COUNT + " is missing");
    } else if (Arrays.equals(AlternativeVote.json(count.report()), Files.readAllBytes(file))) {
      lines.add(Layout.COUNT + " is the alternative vote on the verified rankings of every section (" + count.report().rounds().size()
          + " rounds, elected: " + String.join(", ", count.report().winners()) + ")");
    } else {
      problems.add(Layout.COUNT + " is not what the alternative vote gives on the verified rankings (it was changed)");
    }
  }

  private void checkResult(ContestFile contest, Optional<AlternativeVote.Counted> alternativeVote, SectionResults results,
      RemovalLog removals, List<String> lines, List<String> problems) throws IOException {
    ResultTable.Outcome outcome = results.table(alternativeVote);
    if (outcome instanceof ResultTable.Refused refused) {
      refused.problems().forEach(problem -> problems.add(problem.message()));
      return;
    }
    byte[] recomputed = ResultJson.render(Publication.report(runner.directory(), contest.name(), contest.ballot().method(),
        alternativeVote.map(AlternativeVote.Counted::report), ((ResultTable.Computed) outcome).result(), results.boxes(), removals,
        List.of())).getBytes(StandardCharsets.UTF_8);
    if (Arrays.equals(recomputed, Files.readAllBytes(runner.directory().resolve(Layout.RESULT)))) {
      lines.add("result.json is what the verified section results give, with removals.json as it is now");
    } else {
      problems.add("result.json is not what the verified section results give (recompute it: it was changed, or removals.json was)");
    }
  }

  /** The progress bar's units: the ballots of every archive to verify, each counted once it is read. */
  private final class Meter {
    private final long total;
    private long done;

    Meter(long total) {
      this.total = Math.max(1, total);
    }

    VerificationProgress of(String path) {
      long start = done;
      return new VerificationProgress() {
        @Override
        public void ballotsRead(long count) {
          runner.progress().accept(new Progress("verify", Math.min(total, start + count), total, path + ": " + count + " ballots read"));
        }
      };
    }

    void verified(long ballots) {
      done = Math.min(total, done + ballots);
    }
  }

  /** Each section's cast archive, read once for everything {@code verify} compares; one that cannot be read is left out. */
  private Map<Section, SectionArchive.Contents> readableCasts(ContestFile contest) {
    Map<Section, SectionArchive.Contents> casts = new EnumMap<>(Section.class);
    for (Map.Entry<Section, String> election : contest.elections().entrySet()) {
      try {
        casts.put(election.getKey(), SectionArchive.read(runner.directory().resolve(Layout.archive(Layout.castDirectory(election.getKey()),
            election.getValue()))));
      } catch (IOException | RuntimeException e) {
        // the archive's own verification says what is wrong with it
      }
    }
    return casts;
  }

  /** The progress bar's total: the cast ballots, and once tallied the counted ones (the cast less the removed credentials'). */
  private static long ballotsToVerify(Map<Section, SectionArchive.Contents> casts, boolean tallied, RemovalLog removals) throws IOException {
    long ballots = 0;
    for (Map.Entry<Section, SectionArchive.Contents> cast : casts.entrySet()) {
      ballots += cast.getValue().ballots().size();
      if (tallied) {
        ballots += Tallying.counted(cast.getValue(), removals.removedCredentials(cast.getKey())).size();
      }
    }
    return ballots;
  }

  private Optional<VerificationReport> archive(String path, Meter meter, List<String> lines, List<String> problems) throws IOException {
    Path bel = runner.directory().resolve(path);
    if (!Files.exists(bel)) {
      problems.add(path + " is missing");
      return Optional.empty();
    }
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults().withProgress(meter.of(path))).verify(bel);
    meter.verified(report.ballotsCast());
    if (report.passed()) {
      lines.add(path + ": verified (" + report.ballotsCast() + " ballots, " + report.ballotsCounted() + " counted"
          + (report.tallied() ? ", result " + result(report.result().get()) : "") + ")");
      return Optional.of(report);
    }
    report.errors().forEach(finding -> problems.add(path + ": " + finding));
    return Optional.empty();
  }

  /** The sums of a homomorphic question; of a ranked one, how many rankings were decrypted (they are counted in count.json). */
  private static String result(ElectionResult result) {
    return result.questions().stream().map(question -> question instanceof ElectionResult.Counts counts ? counts.counts().toString()
        : ((ElectionResult.DecryptedBallots) question).ballots().size() + " decrypted rankings").toList().toString();
  }

  static boolean sameBallots(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
