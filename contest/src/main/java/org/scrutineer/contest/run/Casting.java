package org.scrutineer.contest.run;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.credential.PublicCredential;
import org.scrutineer.belenios.credential.PublicCredentials;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.error.BallotRefused;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.step.Step;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.electorate.register.Section;

/**
 * {@code cast}: ballots made by {@code belenios-tool election generate-ballot} (or ours), each
 * appended to the ballot box of the election it names — so the ballot says its section, and cannot
 * be moved to another (ADR 0012). A ballot is accepted only if it is in the canonical form
 * belenios-tool tallies, passes every check of Belenios spec 2.0 §4.15 ({@link BallotChecker}:
 * election, signature, proofs), carries one of its section's public credentials, that credential was
 * not removed ({@code removals.json}), and the same bytes were not cast before (our verifier rejects
 * replays, ADR 0002). If any ballot of the batch is refused, none is cast; accepted ones are
 * appended and fsynced ({@link ArchiveWriter#appendAll}) before success is reported.
 */
final class Casting {
  private final ContestRunner runner;

  Casting(ContestRunner runner) {
    this.runner = runner;
  }

  /** A section's ballot box as cast so far. */
  private record Box(Section section, String path, Election election, BallotChecker checker, Set<BigInteger> credentials, Set<String> cast) {}

  StepOutcome cast(List<byte[]> given) throws IOException {
    return runner.step(Step.CAST, (write, before) -> {
      if (given.isEmpty()) {
        return StepOutcome.refused(new BallotRefused(0, "", "no ballot given", "give a file with one ballot per line"));
      }
      Map<String, Box> boxes = boxes(before);
      RemovalLog removals = runner.removals();
      List<byte[]> ballots = given.stream().map(Casting::trimmed).toList();
      List<Optional<ContestError>> checks = IntStream.range(0, ballots.size()).parallel()
          .mapToObj(i -> check(i + 1, ballots.get(i), boxes, removals)).toList();
      List<ContestError> problems = new ArrayList<>();
      checks.forEach(check -> check.ifPresent(problems::add));
      Map<Section, List<ArchiveWriter.PendingEvent>> accepted = new EnumMap<>(Section.class);
      Set<String> batch = new HashSet<>();
      for (int i = 0; i < ballots.size(); i++) {
        if (checks.get(i).isPresent()) {
          continue;
        }
        byte[] ballot = ballots.get(i);
        Box box = boxes.get(uuid(ballot));
        String hash = Sha256.hex(ballot);
        if (box.cast().contains(hash) || !batch.add(hash)) {
          problems.add(new BallotRefused(i + 1, box.section().key(), "was cast already (the same bytes)",
              "a revote is a new ballot made with generate-ballot; a replayed one is never accepted"));
          continue;
        }
        accepted.computeIfAbsent(box.section(), s -> new ArrayList<>()).add(new ArchiveWriter.PendingEvent(EventType.Ballot, List.of(ballot)));
      }
      if (!problems.isEmpty()) {
        return new StepOutcome.Refused(problems);
      }
      List<String> lines = new ArrayList<>();
      for (Map.Entry<Section, List<ArchiveWriter.PendingEvent>> section : accepted.entrySet()) {
        String path = Layout.archive(Layout.castDirectory(section.getKey()), before.elections().get(section.getKey()));
        ArchiveWriter.appendAll(write.appendedTo(path), section.getValue());
        lines.add(section.getKey().key() + ": " + section.getValue().size() + " ballot" + (section.getValue().size() == 1 ? "" : "s") + " cast");
      }
      write.commit(before);
      return new StepOutcome.Done(lines);
    });
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

  /** Why ballot {@code number} cannot be cast, its replay aside; empty when it can. */
  private static Optional<ContestError> check(int number, byte[] bytes, Map<String, Box> boxes, RemovalLog removals) {
    Ballot ballot;
    try {
      ballot = Ballot.parse(bytes);
    } catch (BeleniosFormatException | RuntimeException e) {
      return Optional.of(new BallotRefused(number, "", "is not a Belenios ballot: " + e.getMessage(),
          "give each ballot on one line, as `belenios-tool election generate-ballot` prints it"));
    }
    Box box = boxes.get(ballot.electionUuid());
    if (box == null) {
      return Optional.of(new BallotRefused(number, "", "is for election " + ballot.electionUuid() + ", which is not one of this contest's ("
          + String.join(", ", boxes.keySet().stream().sorted().toList()) + ")", "make it with the voter's section's election"));
    }
    String section = box.section().key();
    if (!Arrays.equals(ballot.toJson(), bytes)) {
      return Optional.of(new BallotRefused(number, section, "is not in the canonical form belenios-tool tallies",
          "cast the exact bytes `generate-ballot` printed"));
    }
    if (!box.credentials().contains(ballot.credential())) {
      return Optional.of(new BallotRefused(number, section, "is signed with a credential that is not one of the section's public credentials",
          "the voter signs with the credential sent for this section's election"));
    }
    Optional<VoteRemoval> removed = removals.removalOf(ballot.credential().toString());
    if (removed.isPresent()) {
      VoteRemoval removal = removed.get();
      return Optional.of(new BallotRefused(number, section, "is signed with a credential whose vote was removed (removal " + removal.number()
          + ", decided " + removal.decided() + " by " + removal.authority() + ")", "no ballot of that credential is accepted or counted; see removals.json"));
    }
    Optional<String> problem = box.checker().check(ballot);
    return problem.map(reason -> new BallotRefused(number, section, "fails Belenios' checks: " + reason,
        "make the ballot again with `generate-ballot` for this election"));
  }

  private static String uuid(byte[] ballot) {
    try {
      return Ballot.parse(ballot).electionUuid();
    } catch (BeleniosFormatException e) {
      throw new IllegalStateException("checked already", e);
    }
  }

  /** A line as read, without its line end or surrounding blanks. */
  private static byte[] trimmed(byte[] line) {
    return new String(line, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
  }

}
