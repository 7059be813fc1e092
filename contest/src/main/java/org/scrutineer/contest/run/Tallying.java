package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.credential.PublicCredentials;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.directory.Json;
import org.scrutineer.contest.error.StepRefused;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.report.ContestReport;
import org.scrutineer.contest.report.ResultJson;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.step.Step;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.text.ReportText;
import org.scrutineer.electorate.register.Section;

/**
 * {@code tally} (docs/adr/0012-contest-design.md): for each section, the counted archive — the cast
 * archive itself when no vote of the section was removed, otherwise a new archive with the same
 * Setup and the cast ballots minus those of removed credentials, in order, then {@code EndBallots}
 * — tallied, decrypted by the trustees and given its result with belenios-tool's commands; each
 * counted archive must then pass {@link ArchiveVerifier}, and the verified results make {@code
 * result.json} ({@link ResultTable}, rendered by {@link ResultJson} from the report {@link
 * Publication} gathers). A removed ballot is never decrypted, alone or in a sum.
 *
 * <p>A ranked ballot's ciphertexts are shuffled before any decryption (spec 2.0 §3.4, §4.17): after
 * {@code EncryptedTally} each trustee who decrypts first shuffles the previous output ({@code
 * election shuffle}, a {@code Shuffle} event owned by that trustee) — so two of a 2-of-3 contest's
 * trustees, and no single one, know how the decrypted rankings match the ballots — then {@code
 * EndShuffles}; the decrypted rankings of every section are then counted together by the alternative
 * vote ({@link AlternativeVote}) into {@code count.json}, and {@code result.json} gives each
 * section's first preferences with the count's rounds.
 */
final class Tallying {
  private final ContestRunner runner;

  Tallying(ContestRunner runner) {
    this.runner = runner;
  }

  StepOutcome tally(List<Path> trusteeKeys) throws IOException {
    return runner.step(Step.TALLY, (write, before) -> {
      TrusteeScheme scheme = scheme(runner.directory().resolve(Layout.TRUSTEES));
      List<Path> keys = trusteeKeys.isEmpty() ? keptKeys(scheme) : trusteeKeys;
      List<String[]> decryptions = new ArrayList<>();
      List<Integer> shufflers = new ArrayList<>();
      if (scheme.isThreshold()) {
        for (Path key : keys) {
          Optional<Integer> id = thresholdId(key, scheme);
          if (id.isEmpty()) {
            return StepOutcome.refused(new StepRefused("tally", "cannot use " + key + " as a threshold trustee's key",
                "give N.key, trustee N's key as open kept it (1 to " + scheme.count() + "), with N.dkey beside it"));
          }
          shufflers.add(id.get());
          String stem = key.toAbsolutePath().toString();
          decryptions.add(new String[] {"election", "decrypt-threshold", "--key", stem, "--decryption-key",
              stem.substring(0, stem.length() - ".key".length()) + ".dkey", "--trustee-id", Integer.toString(id.get())});
        }
        if (keys.stream().map(Tallying::fileName).distinct().count() < scheme.threshold()) {
          return StepOutcome.refused(new StepRefused("tally", "has " + keys.size() + " threshold trustee key(s); the " + scheme
              + " trustees need " + scheme.threshold() + " different ones to decrypt", "give --trustee-key once for each of "
              + scheme.threshold() + " trustees"));
        }
      } else {
        shufflers.add(1);
        for (int t = 0; t < keys.size(); t++) {
          decryptions.add(new String[] {"election", "decrypt", "--privkey", keys.get(t).toAbsolutePath().toString(), "--trustee-id",
              Integer.toString(t + 1)});
        }
      }
      RemovalLog removals = runner.removals();
      List<String> candidates = runner.candidates();
      boolean ranked = before.ballot() == BallotKind.RANKED;
      SectionResults results = new SectionResults(candidates, before.ballot());
      List<String> lines = new ArrayList<>();
      List<Integer> shuffling = ranked ? shufflers.stream().distinct().toList() : List.of();
      // The progress bar's units: each kept ballot through each phase — the encrypted tally, each
      // shuffle, each partial decryption, the result and the verification of the counted archive.
      int phases = 3 + shuffling.size() + decryptions.size();
      Map<Section, SectionArchive.Contents> casts = new EnumMap<>(Section.class);
      Map<Section, List<byte[]>> keptBallots = new EnumMap<>(Section.class);
      long total = 0;
      for (Map.Entry<Section, String> election : before.elections().entrySet()) {
        Section section = election.getKey();
        SectionArchive.Contents cast = SectionArchive.read(runner.directory().resolve(Layout.archive(Layout.castDirectory(section), election.getValue())));
        casts.put(section, cast);
        keptBallots.put(section, counted(cast, removals.removedCredentials(section)));
        total += (long) phases * Math.max(1, keptBallots.get(section).size());
      }
      TallyMeter meter = new TallyMeter(total);
      for (Map.Entry<Section, String> election : before.elections().entrySet()) {
        Section section = election.getKey();
        String uuid = election.getValue();
        SectionArchive.Contents cast = casts.get(section);
        Set<String> removed = removals.removedCredentials(section);
        Path counted = write.file(Layout.archive(Layout.countedDirectory(section), uuid));
        List<byte[]> kept = keptBallots.get(section);
        Consumer<String> phase = now -> meter.phase(section.key() + ": " + now, kept.size());
        build(counted, cast, kept);
        Path directory = counted.getParent();
        BeleniosTool tool = runner.tool();
        phase.accept("encrypted tally of " + kept.size() + " of " + cast.ballots().size() + " ballots");
        tool.run(directory, tool.run(directory, new byte[0], "election", "compute-encrypted-tally"), "archive", "add-event", "--type", "EncryptedTally");
        if (ranked) {
          for (int shuffler : shuffling) {
            phase.accept("trustee " + shuffler + " shuffles " + kept.size() + " ballots");
            tool.run(directory, tool.run(directory, new byte[0], "election", "shuffle", "--trustee-id", Integer.toString(shuffler)),
                "archive", "add-event", "--type", "Shuffle");
          }
          tool.run(directory, new byte[0], "archive", "add-event", "--type", "EndShuffles");
        }
        for (int d = 0; d < decryptions.size(); d++) {
          phase.accept("partial decryption " + (d + 1) + " of " + decryptions.size());
          tool.run(directory, tool.run(directory, new byte[0], decryptions.get(d)), "archive", "add-event", "--type", "PartialDecryption");
        }
        phase.accept("result");
        tool.run(directory, tool.run(directory, new byte[0], "election", "compute-result"), "archive", "add-event", "--type", "Result");
        phase.accept("verifying the counted archive");
        VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults()).verify(counted);
        if (!report.passed() || report.result().isEmpty()) {
          return StepOutcome.refused(new StepRefused("tally", "made a counted archive for " + section.key() + " that does not verify: "
              + report.errors().stream().map(Object::toString).findFirst().orElse("no result"), "report this; nothing was written"));
        }
        results.add(new Publication.Box(section, uuid, cast, counted), removed.size(), report.result().get());
        lines.add(section.key() + ": " + kept.size() + " ballots counted (" + (cast.ballots().size() - kept.size())
            + " of removed credentials left out)" + (ranked ? ", shuffled by trustees " + shuffling : "")
            + ", archive verified");
      }
      Optional<AlternativeVote.Counted> alternativeVote = results.alternativeVote();
      if (alternativeVote.isPresent()) {
        CountReport count = alternativeVote.get().report();
        write.write(Layout.COUNT, AlternativeVote.json(count));
        lines.add("alternative vote over every section's decrypted rankings (count.json):");
        ReportText.lines(count).forEach(line -> lines.add("  " + line));
      }
      ResultTable.Outcome outcome = results.table(alternativeVote);
      if (outcome instanceof ResultTable.Refused refused) {
        return new StepOutcome.Refused(List.copyOf(refused.problems()));
      }
      ContestReport published = Publication.report(runner.directory(), before.name(), before.ballot().method(),
          alternativeVote.map(AlternativeVote.Counted::report), ((ResultTable.Computed) outcome).result(), results.boxes(), removals, List.of());
      write.write(Layout.RESULT, ResultJson.render(published).getBytes(StandardCharsets.UTF_8));
      write.commit(before);
      lines.add(scheme.isThreshold()
          ? "decrypted by " + decryptions.size() + " of the " + scheme + " threshold trustees: " + keys.stream().map(Tallying::fileName).toList()
          : "decrypted by the trustee");
      lines.add("result.json written; run `scrutineer contest report`, then `scrutineer contest verify`");
      return new StepOutcome.Done(lines);
    });
  }

  /** The tally's progress bar: each kept ballot through each phase, announced as the phase starts. */
  private final class TallyMeter {
    private final long total;
    private long done;

    TallyMeter(long total) {
      this.total = total;
    }

    void phase(String now, long ballots) {
      runner.progress().accept(new Progress("tally", Math.min(done, total), total, now));
      done += Math.max(1, ballots);
    }
  }

  /** The trustees of {@code trustees.json}: threshold when it holds a Pedersen group (open makes one or the other, never both). */
  static TrusteeScheme scheme(Path trusteesJson) throws IOException {
    JsonNode trustees = Json.read(Files.readAllBytes(trusteesJson), Layout.TRUSTEES);
    for (JsonNode trustee : trustees) {
      if (trustee.path(0).asText().equals("Pedersen")) {
        JsonNode pedersen = trustee.path(1);
        return new TrusteeScheme(pedersen.path("threshold").asInt(), pedersen.path("certs").size());
      }
    }
    return TrusteeScheme.SINGLE;
  }

  /** The keys open kept: the one trustee's, or the first {@code threshold} threshold trustees'. */
  private List<Path> keptKeys(TrusteeScheme scheme) {
    Path kept = runner.directory().resolve(Layout.TRUSTEE_KEYS);
    if (!scheme.isThreshold()) {
      return List.of(kept.resolve("1.privkey"));
    }
    List<Path> keys = new ArrayList<>();
    for (int t = 1; t <= scheme.threshold(); t++) {
      keys.add(kept.resolve(t + ".key"));
    }
    return keys;
  }

  /** Trustee N's id from its key's name, {@code N.key}, when N is one of the scheme's trustees. */
  private static Optional<Integer> thresholdId(Path key, TrusteeScheme scheme) {
    String name = fileName(key);
    if (!name.matches("\\d{1,2}\\.key")) {
      return Optional.empty();
    }
    int id = Integer.parseInt(name.substring(0, name.length() - ".key".length()));
    return id >= 1 && id <= scheme.count() ? Optional.of(id) : Optional.empty();
  }

  private static String fileName(Path path) {
    return path.getFileName().toString();
  }

  /** The ballots the tally counts: the cast ones, in order, without those of removed credentials. */
  static List<byte[]> counted(SectionArchive.Contents cast, Set<String> removed) throws IOException {
    List<byte[]> kept = new ArrayList<>();
    for (byte[] ballot : cast.ballots()) {
      if (!removed.contains(credential(ballot))) {
        kept.add(ballot);
      }
    }
    return kept;
  }

  static String credential(byte[] ballot) throws IOException {
    try {
      return Ballot.parse(ballot).credential().toString();
    } catch (BeleniosFormatException e) {
      throw new IOException("a cast ballot does not parse: " + e.getMessage(), e);
    }
  }

  /** The counted archive: a copy of the cast one when nothing is left out, else the same Setup, the kept ballots, EndBallots. */
  private static void build(Path counted, SectionArchive.Contents cast, List<byte[]> kept) throws IOException {
    Path made = ArchiveWriter.create(counted.getParent(), cast.election(), cast.trustees(), cast.credentials(), cast.timestamp());
    if (!made.equals(counted)) {
      throw new IOException("the counted archive is " + made.getFileName() + ", expected " + counted.getFileName());
    }
    List<ArchiveWriter.PendingEvent> events = new ArrayList<>();
    kept.forEach(ballot -> events.add(new ArchiveWriter.PendingEvent(EventType.Ballot, List.of(ballot))));
    events.add(new ArchiveWriter.PendingEvent(EventType.EndBallots, List.of()));
    ArchiveWriter.appendAll(counted, events);
  }

  static long issued(SectionArchive.Contents archive) throws IOException {
    try {
      return PublicCredentials.parse(archive.credentials(), "public credentials").entries().size();
    } catch (BeleniosFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
