package org.scrutineer.contest.run;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.credential.PublicCredential;
import org.scrutineer.belenios.credential.PublicCredentials;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.directory.RejectionsFile;
import org.scrutineer.contest.error.BallotRefused;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.rejection.RejectionReason;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.step.Step;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.electorate.register.Section;

/**
 * {@code cast}: ballots made by {@code belenios-tool election generate-ballot} (or ours), each
 * appended to the ballot box of the election it names — so the ballot says its section, and cannot
 * be moved to another (ADR 0012). A ballot is accepted only if it is in the canonical form
 * belenios-tool tallies, carries one of its section's public credentials, that credential was not
 * removed ({@code removals.json}), it passes every check of Belenios spec 2.0 §4.15 ({@link
 * BallotChecker}: election, signature, proofs) and the same bytes were not cast before (our verifier
 * rejects replays, ADR 0002).
 *
 * <p>Each ballot is judged on its own, as a ballot box judges each voter's: the accepted ones are
 * appended and fsynced ({@link ArchiveWriter#appendAll}), and each refused one is recorded in the
 * public {@code rejections.json} (section, time, reason, tracker — never its content) so that the
 * scrutineer's report can say how many were rejected and why; both are written with the step's
 * commit, so a failure part way changes nothing. A line that is not a ballot of one of the contest's
 * elections is the caller's mistake, not a voter's ballot: then the whole batch is refused and nothing
 * changes.
 */
final class Casting {
  private final ContestRunner runner;

  Casting(ContestRunner runner) {
    this.runner = runner;
  }

  /** A section's ballot box as cast so far. */
  private record Box(Section section, String path, Election election, BallotChecker checker, Set<BigInteger> credentials, Set<String> cast) {}

  /** What {@code cast} makes of one line. */
  private sealed interface Verdict {}

  /** A ballot of {@code box}'s election that passes every check but the replay check. */
  private record Acceptable(Box box) implements Verdict {}

  /** A ballot of {@code box}'s election that is refused and recorded. */
  private record Rejected(Box box, RejectionReason reason, String problem, String detail, String fix) implements Verdict {}

  /** A line that is not a ballot of this contest: the batch is refused. */
  private record NotABallot(ContestError problem) implements Verdict {}

  StepOutcome cast(List<byte[]> given) throws IOException {
    return runner.step(Step.CAST, (write, before) -> {
      if (given.isEmpty()) {
        return StepOutcome.refused(new BallotRefused(0, "", "no ballot given", "give a file with one ballot per line"));
      }
      Map<String, Box> boxes = boxes(before);
      RemovalLog removals = runner.removals();
      List<byte[]> ballots = given.stream().map(Casting::trimmed).toList();
      AtomicLong checked = new AtomicLong();
      List<Verdict> verdicts = new ArrayList<>(IntStream.range(0, ballots.size()).parallel().mapToObj(i -> {
        Verdict verdict = verdict(i + 1, ballots.get(i), boxes, removals);
        long done = checked.incrementAndGet();
        runner.progress().accept(new Progress("cast", done, ballots.size(), done + " of " + ballots.size() + " ballots checked"));
        return verdict;
      }).toList());
      List<ContestError> notBallots = verdicts.stream()
          .flatMap(verdict -> verdict instanceof NotABallot not ? Stream.of(not.problem()) : Stream.empty()).toList();
      if (!notBallots.isEmpty()) {
        return new StepOutcome.Refused(notBallots);
      }
      rejectReplays(verdicts, ballots);
      Map<Section, List<ArchiveWriter.PendingEvent>> accepted = new EnumMap<>(Section.class);
      List<RejectionLog.Refusal> refusals = new ArrayList<>();
      List<String> messages = new ArrayList<>();
      RejectionLog log = runner.rejections();
      for (int i = 0; i < ballots.size(); i++) {
        Verdict verdict = verdicts.get(i);
        if (verdict instanceof Acceptable acceptable) {
          accepted.computeIfAbsent(acceptable.box().section(), s -> new ArrayList<>())
              .add(new ArchiveWriter.PendingEvent(EventType.Ballot, List.of(ballots.get(i))));
        } else if (verdict instanceof Rejected rejected) {
          refusals.add(new RejectionLog.Refusal(rejected.box().section(), rejected.reason(), rejected.detail(), Sha256.base64(ballots.get(i))));
          String problem = rejected.problem() + (rejected.detail().isEmpty() ? "" : " (" + rejected.detail() + ")");
          messages.add(new BallotRefused(i + 1, rejected.box().section().key(), problem, rejected.fix()).message()
              + "; recorded as rejection " + (log.rejections().size() + refusals.size()) + " in " + Layout.REJECTIONS);
        }
      }
      List<String> lines = new ArrayList<>();
      for (Map.Entry<Section, List<ArchiveWriter.PendingEvent>> section : accepted.entrySet()) {
        String path = Layout.archive(Layout.castDirectory(section.getKey()), before.elections().get(section.getKey()));
        ArchiveWriter.appendAll(write.appendedTo(path), section.getValue());
        lines.add(section.getKey().key() + ": " + plural(section.getValue().size()) + " cast");
      }
      if (!refusals.isEmpty()) {
        write.write(Layout.REJECTIONS, RejectionsFile.toJson(log.with(refusals, runner.clock().instant().truncatedTo(ChronoUnit.MILLIS))));
        lines.add(plural(refusals.size()) + " rejected (not cast), recorded in " + Layout.REJECTIONS + " (why, above)");
      }
      write.commit(before);
      return new StepOutcome.Done(lines, messages);
    });
  }

  /** Marks as rejected each acceptable ballot whose bytes are in its box already, or earlier in the batch. */
  private static void rejectReplays(List<Verdict> verdicts, List<byte[]> ballots) {
    Set<String> batch = new HashSet<>();
    for (int i = 0; i < ballots.size(); i++) {
      if (verdicts.get(i) instanceof Acceptable acceptable) {
        String hash = Sha256.hex(ballots.get(i));
        if (acceptable.box().cast().contains(hash) || !batch.add(hash)) {
          verdicts.set(i, new Rejected(acceptable.box(), RejectionReason.CAST_ALREADY, "was cast already (the same bytes)", "",
              "a revote is a new ballot made with generate-ballot; a replayed one is never accepted"));
        }
      }
    }
  }

  private static String plural(int ballots) {
    return ballots + " ballot" + (ballots == 1 ? "" : "s");
  }

  private Map<String, Box> boxes(ContestFile contest) throws IOException {
    Map<String, Box> boxes = new HashMap<>();
    for (Map.Entry<Section, String> entry : contest.elections().entrySet()) {
      String path = Layout.archive(Layout.castDirectory(entry.getKey()), entry.getValue());
      SectionArchive.Contents contents = SectionArchive.read(runner.directory().resolve(path));
      try {
        Election election = Election.parse(contents.election());
        Set<BigInteger> credentials = new HashSet<>();
        PublicCredentials.parse(contents.credentials(), "public credentials").entries().stream()
            .map(PublicCredential::credential).forEach(credentials::add);
        Set<String> cast = new HashSet<>();
        contents.ballots().forEach(ballot -> cast.add(Sha256.hex(ballot)));
        boxes.put(entry.getValue(), new Box(entry.getKey(), path, election, new BallotChecker(election), credentials, cast));
      } catch (BeleniosFormatException e) {
        throw new IOException(path + ": " + e.getMessage(), e);
      }
    }
    return boxes;
  }

  /** What ballot {@code number} is, its replay aside. */
  private static Verdict verdict(int number, byte[] bytes, Map<String, Box> boxes, RemovalLog removals) {
    Ballot ballot;
    try {
      ballot = Ballot.parse(bytes);
    } catch (BeleniosFormatException | RuntimeException e) {
      return new NotABallot(new BallotRefused(number, "", "is not a Belenios ballot: " + e.getMessage(),
          "give each ballot on one line, as `belenios-tool election generate-ballot` prints it; nothing of this batch was cast"));
    }
    Box box = boxes.get(ballot.electionUuid());
    if (box == null) {
      return new NotABallot(new BallotRefused(number, "", "is for election " + ballot.electionUuid() + ", which is not one of this contest's ("
          + String.join(", ", boxes.keySet().stream().sorted().toList()) + ")",
          "make it with the voter's section's election; nothing of this batch was cast"));
    }
    if (!Arrays.equals(ballot.toJson(), bytes)) {
      return new Rejected(box, RejectionReason.NOT_CANONICAL, "is not in the canonical form belenios-tool tallies", "",
          "cast the exact bytes `generate-ballot` printed");
    }
    if (!box.credentials().contains(ballot.credential())) {
      return new Rejected(box, RejectionReason.UNKNOWN_CREDENTIAL, "is signed with a credential that is not one of the section's public credentials",
          "", "the voter signs with the credential sent for this section's election");
    }
    Optional<VoteRemoval> removed = removals.removalOf(ballot.credential().toString());
    if (removed.isPresent()) {
      VoteRemoval removal = removed.get();
      return new Rejected(box, RejectionReason.CREDENTIAL_REMOVED, "is signed with a credential whose vote was removed",
          "removal " + removal.number() + ", decided " + removal.decided() + " by " + removal.authority(),
          "no ballot of that credential is accepted or counted; see removals.json");
    }
    Optional<String> problem = box.checker().check(ballot);
    if (problem.isPresent()) {
      return new Rejected(box, RejectionReason.FAILS_CHECKS, "fails Belenios' checks", oneLine(problem.get()),
          "make the ballot again with `generate-ballot` for this election");
    }
    return new Acceptable(box);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /** A line as read, without its line end or surrounding blanks. */
  private static byte[] trimmed(byte[] line) {
    return new String(line, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
  }

}
