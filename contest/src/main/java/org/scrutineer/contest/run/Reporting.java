package org.scrutineer.contest.run;

import java.util.Optional;
import org.scrutineer.count.report.CountReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.report.ContestReport;
import org.scrutineer.contest.report.ReportHtml;
import org.scrutineer.contest.report.ResultJson;
import org.scrutineer.contest.report.SummaryText;
import org.scrutineer.contest.report.Verification;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.step.Step;
import org.scrutineer.electorate.register.Section;

/**
 * {@code report} (issue #7 items 4 and 5): {@code report.html} and {@code summary.txt} rendered from
 * the contest's {@link ContestReport} — the result of the counted archives' {@code Result} events,
 * what each ballot box received, the removal log, the re-verification commands, the files with
 * their digests — and the scrutineer's statements of what was verified. It re-runs the checks that
 * read files only (cast against counted, {@code result.json} re-rendered); the proofs in the
 * archives were checked by {@code cast} (each ballot) and {@code tally} (each counted archive, with
 * every check of {@code belenios-tool election verify}) and are stated as such; the report does not
 * repeat them and says so, pointing to {@code verify}. {@code result.json} stays as {@code tally}
 * wrote it: the report only checks that it renders to the same bytes.
 */
final class Reporting {
  private final ContestRunner runner;

  Reporting(ContestRunner runner) {
    this.runner = runner;
  }

  StepOutcome report() throws IOException {
    return runner.step(Step.REPORT, (write, before) -> {
      RemovalLog removals = runner.removals();
      List<String> candidates = runner.candidates();
      List<Verification> verifications = new ArrayList<>();
      verifications.add(new Verification("recorded digests", Verification.Status.PASSED,
          "every file the steps wrote (archives, removals.json, result.json…) has the SHA-256 contest.json records for it"));
      SectionResults results = new SectionResults(candidates, before.ballot());
      Map<Section, SectionArchive.Contents> casts = new EnumMap<>(Section.class);
      for (Map.Entry<Section, String> election : before.elections().entrySet()) {
        Section section = election.getKey();
        String castPath = Layout.archive(Layout.castDirectory(section), election.getValue());
        String countedPath = Layout.archive(Layout.countedDirectory(section), election.getValue());
        SectionArchive.Contents cast = SectionArchive.read(runner.directory().resolve(castPath));
        casts.put(section, cast);
        Path counted = runner.directory().resolve(countedPath);
        SectionArchive.Contents countedContents = SectionArchive.read(counted);
        Set<String> removed = removals.removedCredentials(section);
        String result = results.add(new Publication.Box(section, election.getValue(), cast, counted), removed.size(),
            SectionArchive.result(counted, countedContents));
        verifications.add(new Verification(section.key() + ": ballots cast into " + castPath, Verification.Status.PASSED,
            "each of the " + cast.ballots().size() + " was checked by `scrutineer contest cast` before it was appended: belenios-tool's"
                + " canonical form, Belenios spec 2.0 §4.15 (election, credential signature, proofs), one of the section's"
                + " credentials, not removed, not cast before"));
        verifications.add(new Verification(section.key() + ": counted archive " + countedPath, Verification.Status.PASSED,
            "every check of belenios-tool election verify, and replays (Scrutineer's ArchiveVerifier), when `scrutineer contest tally`"
                + " made it (the tally writes nothing otherwise); unchanged since; its result is " + result));
        verifications.add(castAgainstCounted(section, cast, countedContents, removed));
      }
      RejectionLog rejections = runner.rejections();
      if (!rejections.rejections().isEmpty()) {
        List<String> disagreements = RejectionsAgreement.problems(casts, rejections);
        verifications.add(disagreements.isEmpty()
            ? new Verification(Layout.REJECTIONS, Verification.Status.PASSED, RejectionsAgreement.statement(rejections))
            : new Verification(Layout.REJECTIONS, Verification.Status.FAILED, String.join("; ", disagreements)));
      }
      Optional<CountReport> preferences = runner.preferenceCount();
      ResultTable.Outcome outcome = results.table(results.alternativeVote());
      if (outcome instanceof ResultTable.Refused refused) {
        return new StepOutcome.Refused(List.copyOf(refused.problems()));
      }
      ContestReport published = Publication.report(runner.directory(), before.name(), before.ballot().method(), preferences,
          ((ResultTable.Computed) outcome).result(), results.boxes(), removals, List.of());
      boolean same = Arrays.equals(ResultJson.render(published).getBytes(StandardCharsets.UTF_8),
          Files.readAllBytes(runner.directory().resolve(Layout.RESULT)));
      verifications.add(new Verification("result.json", same ? Verification.Status.PASSED : Verification.Status.FAILED, same
          ? "the counted archives' results, the cast archives and removals.json give result.json byte for byte"
          : "result.json is not what the counted archives' results, the cast archives and removals.json give"));
      verifications.add(new Verification("every archive re-verified as a whole", Verification.Status.NOT_RUN,
          "the report does not repeat the proofs' checks: `scrutineer contest verify` and belenios-tool do (below)"));
      ContestReport report = Publication.report(runner.directory(), before.name(), before.ballot().method(), preferences,
          published.result(), results.boxes(), removals, verifications);
      String summary = SummaryText.render(report);
      write.write(Layout.REPORT, ReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
      write.write(Layout.SUMMARY, summary.getBytes(StandardCharsets.UTF_8));
      write.commit(before);
      List<String> lines = new ArrayList<>(summary.lines().toList());
      lines.add("");
      lines.add("report.html and summary.txt written: " + runner.directory().resolve(Layout.REPORT));
      return new StepOutcome.Done(lines);
    });
  }

  /** The counted ballots must be the cast ones, in order, less those of removed credentials (cheap: no proof is checked). */
  private static Verification castAgainstCounted(Section section, SectionArchive.Contents cast, SectionArchive.Contents counted,
      Set<String> removed) throws IOException {
    String check = section.key() + ": counted ballots against cast ballots";
    List<byte[]> expected = Tallying.counted(cast, removed);
    if (!cast.setupPayload().equals(counted.setupPayload()) || !ContestVerification.sameBallots(expected, counted.ballots())) {
      return new Verification(check, Verification.Status.FAILED, "the counted archive's " + counted.ballots().size()
          + " ballots and Setup are not the cast archive's " + cast.ballots().size() + " in order less the "
          + (cast.ballots().size() - expected.size()) + " of credentials removals.json lists");
    }
    return new Verification(check, Verification.Status.PASSED, "same Setup; the " + counted.ballots().size() + " counted are the "
        + cast.ballots().size() + " cast in order, less the " + (cast.ballots().size() - expected.size()) + " of the "
        + removed.size() + " credential(s) removals.json lists for " + section.key());
  }
}
