package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.directory.Json;
import org.scrutineer.contest.directory.RejectionsFile;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.report.ContestReport;
import org.scrutineer.contest.report.Electorate;
import org.scrutineer.contest.report.PublishedFile;
import org.scrutineer.contest.report.Reverification;
import org.scrutineer.contest.report.Rounds;
import org.scrutineer.contest.report.SectionBallots;
import org.scrutineer.contest.report.Verification;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.electorate.register.Section;

/**
 * The {@link ContestReport} of a tallied contest, gathered the same way by {@code tally} (which
 * writes {@code result.json} from it), {@code verify} (which recomputes {@code result.json} from
 * the archives it verified) and {@code report} (which renders {@code report.html} and {@code
 * summary.txt} from it): so one contest has one {@code result.json} (docs/formats/contest-result.md),
 * whoever renders it.
 */
final class Publication {
  /** The counting method of the contest's one homomorphic question (one mark, or blank). */
  static final String METHOD = "plurality";

  private Publication() {}

  /**
   * One section's boxes as the report needs them.
   *
   * @param cast the cast archive's contents
   * @param counted where the counted archive is now (staged, during the tally)
   */
  record Box(Section section, String uuid, SectionArchive.Contents cast, Path counted) {}

  /**
   * The report of {@code result}, computed from {@code boxes}' verified results.
   *
   * @param contest the contest directory, for the removal log's digest and the name re-verification commands give it
   * @param verifications what was verified ({@code result.json} does not hold them)
   */
  static ContestReport report(ContestDirectory contest, String title, ContestResult result, List<Box> boxes, RemovalLog removals,
      List<Verification> verifications) throws IOException {
    return report(contest, title, METHOD, Optional.empty(), result, boxes, removals, verifications);
  }

  /**
   * The same for a contest counted by {@code method} ({@link BallotKind#method()}), with the rounds of
   * its preferential count when it has one ({@code count.json}).
   */
  static ContestReport report(ContestDirectory contest, String title, String method, Optional<CountReport> count, ContestResult result,
      List<Box> boxes, RemovalLog removals, List<Verification> verifications) throws IOException {
    List<SectionBallots> ballots = new ArrayList<>();
    List<PublishedFile> sources = new ArrayList<>();
    Path removalsFile = contest.resolve(Layout.REMOVALS);
    if (Files.exists(removalsFile)) {
      sources.add(new PublishedFile(Layout.REMOVALS, ContestDirectory.sha256(removalsFile)));
    }
    RejectionLog rejections = RejectionLog.empty();
    Path rejectionsFile = contest.resolve(Layout.REJECTIONS);
    if (Files.exists(rejectionsFile)) {
      sources.add(new PublishedFile(Layout.REJECTIONS, ContestDirectory.sha256(rejectionsFile)));
      rejections = parse(rejectionsFile);
    }
    List<Section> sections = new ArrayList<>();
    for (Box box : boxes) {
      sections.add(box.section());
      ballots.add(SectionBallots.of(box.section(), box.cast().ballots().size(), voters(box.cast()), rejections.countsByReason(box.section())));
      String cast = Layout.archive(Layout.castDirectory(box.section()), box.uuid());
      sources.add(new PublishedFile(cast, ContestDirectory.sha256(contest.resolve(cast))));
      sources.add(new PublishedFile(Layout.archive(Layout.countedDirectory(box.section()), box.uuid()), ContestDirectory.sha256(box.counted())));
    }
    Set<Section> withRemovals = EnumSet.noneOf(Section.class);
    removals.removals().stream().map(VoteRemoval::section).forEach(withRemovals::add);
    Path name = contest.root().toAbsolutePath().normalize().getFileName();
    List<Reverification> reverifications = Reverification.standard(name == null ? "." : name.toString(), sections, withRemovals);
    Optional<Electorate> electorate = electorate(contest);
    if (electorate.isPresent()) {
      sources.add(0, new PublishedFile(Layout.SNAPSHOT, ContestDirectory.sha256(contest.resolve(Layout.SNAPSHOT))));
    }
    return new ContestReport(title, method, result, ballots, removals, count.map(Rounds::from), verifications, reverifications, sources,
        electorate);
  }

  /** The electorate as {@code electorate} evaluated it ({@code electorate/snapshot.json}); empty without one. */
  private static Optional<Electorate> electorate(ContestDirectory contest) throws IOException {
    Path file = contest.resolve(Layout.SNAPSHOT);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode snapshot = Json.read(Files.readAllBytes(file), Layout.SNAPSHOT);
    Map<String, Long> voters = new LinkedHashMap<>();
    snapshot.path("voters").fields().forEachRemaining(entry -> voters.put(entry.getKey(), entry.getValue().asLong()));
    Map<String, Long> failures = new LinkedHashMap<>();
    snapshot.path("failures_by_rule").fields().forEachRemaining(entry -> failures.put(entry.getKey(), entry.getValue().asLong()));
    try {
      return Optional.of(new Electorate(snapshot.path("ruleset").asText(), snapshot.path("reference_date").asText(),
          snapshot.path("people").asLong(), voters, snapshot.path("not_eligible").asLong(), failures));
    } catch (IllegalArgumentException e) {
      throw new IOException(Layout.SNAPSHOT + ": " + e.getMessage(), e);
    }
  }

  private static RejectionLog parse(Path file) throws IOException {
    try {
      return RejectionsFile.parse(Files.readAllBytes(file));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Voters with at least one ballot in the archive: the ballots Belenios counts, one per credential. */
  private static long voters(SectionArchive.Contents cast) throws IOException {
    Set<String> credentials = new HashSet<>();
    for (byte[] ballot : cast.ballots()) {
      credentials.add(Tallying.credential(ballot));
    }
    return credentials.size();
  }
}
