package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.directory.StepWrite;
import org.scrutineer.contest.directory.Json;
import org.scrutineer.contest.error.StepRefused;
import org.scrutineer.contest.removal.IssuedCredential;
import org.scrutineer.contest.removal.IssuedCredentials;
import org.scrutineer.contest.step.Step;
import org.scrutineer.electorate.register.Section;

/**
 * {@code open} (docs/adr/0012-contest-design.md): one trustee key and {@code trustees/trustees.json}
 * shared by every section; for each section with voters its own election — token, credentials for
 * its voters only, {@code make-election} with the ballot's one question — and its ballot box {@code
 * sections/SECTION/cast/UUID.bel}. The question is the {@link BallotKind}'s: the candidates with a
 * blank vote allowed (plurality), or a ranking of the candidates, a non-homomorphic question (ranked,
 * in the RFC-3526-2048 group that such questions need). The steps are belenios-tool's
 * {@code setup} and {@code archive init}, run through the {@link BeleniosTool}.
 *
 * <p>The trustees are one trustee with the whole key, or {@code K-of-N} threshold trustees
 * ({@link TrusteeScheme}). Their private keys are kept in {@code private/trustees/} so that {@code
 * tally} can decrypt on this machine; a real contest keeps each with its trustee.
 */
final class Opening {
  private final ContestRunner runner;

  private final TrusteeScheme scheme;

  private final BallotKind ballot;

  Opening(ContestRunner runner, TrusteeScheme scheme, BallotKind ballot) {
    this.runner = runner;
    this.scheme = scheme;
    this.ballot = ballot;
  }

  /**
   * The threshold key ceremony, every step of belenios-tool's {@code demo-threshold.sh} without its
   * server key: each trustee makes a certificate (step 1), they are checked (2), each trustee's
   * polynomial (3), the verification inputs (4), each trustee's output (5), then the public {@code
   * threshold.json} and every trustee's encrypted decryption key {@code .dkey} (6); {@code
   * make-trustees} with no single trustee ({@code public_keys.jsons} empty) gives {@code
   * trustees.json} holding the Pedersen group alone. Trustee N (its id in {@code decrypt-threshold})
   * is the N-th certificate in {@code certs.jsons}; its key and decryption key are kept as {@code
   * private/trustees/N.key} and {@code N.dkey}, so that this demo can decrypt here.
   */
  private void thresholdCeremony(StepWrite write, Path keys, String group, long total) throws IOException {
    BeleniosTool tool = runner.tool();
    String[] ttkeygen = {"setup", "generate-trustee-key-threshold", "--group", group};
    for (int t = 0; t < scheme.count(); t++) {
      runner.progress().accept(new Progress("open", t, total, "trustees: certificate " + (t + 1) + " of " + scheme.count()));
      tool.run(keys, new byte[0], with(ttkeygen, "--step", "1"));
    }
    List<String> ids = stems(keys, ".cert");
    ByteArrayOutputStream certs = new ByteArrayOutputStream();
    for (String id : ids) {
      certs.write(Files.readAllBytes(keys.resolve(id + ".cert")));
    }
    Files.write(keys.resolve("certs.jsons"), certs.toByteArray());
    tool.run(keys, new byte[0], with(ttkeygen, "--certs", "certs.jsons", "--step", "2"));
    ByteArrayOutputStream polynomials = new ByteArrayOutputStream();
    for (String id : ids) {
      polynomials.write(tool.run(keys, new byte[0], with(ttkeygen, "--certs", "certs.jsons", "--key", id + ".key", "--step", "3",
          "--threshold", Integer.toString(scheme.threshold()))));
    }
    Files.write(keys.resolve("polynomials.jsons"), polynomials.toByteArray());
    tool.run(keys, new byte[0], with(ttkeygen, "--certs", "certs.jsons", "--step", "4", "--polynomials", "polynomials.jsons"));
    ByteArrayOutputStream outputs = new ByteArrayOutputStream();
    for (String id : ids) {
      outputs.write(tool.run(keys, Files.readAllBytes(keys.resolve(id + ".vinput")),
          with(ttkeygen, "--certs", "certs.jsons", "--key", id + ".key", "--step", "5")));
    }
    Files.write(keys.resolve("threshold.json"),
        tool.run(keys, outputs.toByteArray(), with(ttkeygen, "--certs", "certs.jsons", "--step", "6", "--polynomials", "polynomials.jsons")));
    Files.write(keys.resolve("public_keys.jsons"), new byte[0]);
    tool.run(keys, new byte[0], "setup", "make-trustees");
    for (int t = 0; t < ids.size(); t++) {
      Files.copy(keys.resolve(ids.get(t) + ".key"), write.file(Layout.TRUSTEE_KEYS + "/" + (t + 1) + ".key"));
      Files.copy(keys.resolve(ids.get(t) + ".dkey"), write.file(Layout.TRUSTEE_KEYS + "/" + (t + 1) + ".dkey"));
    }
  }

  private static String[] with(String[] command, String... more) {
    String[] all = Arrays.copyOf(command, command.length + more.length);
    System.arraycopy(more, 0, all, command.length, more.length);
    return all;
  }

  /** The names, without {@code suffix}, of the files in {@code directory} ending with it, sorted. */
  private static List<String> stems(Path directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix))
          .map(name -> name.substring(0, name.length() - suffix.length())).sorted().toList();
    }
  }

  StepOutcome open() throws IOException {
    return runner.step(Step.OPEN, (write, before) -> {
      List<String> candidates = runner.candidates();
      Map<Section, Long> voters = runner.votersBySection();
      BeleniosTool tool = runner.tool();
      String group = ballot.group();
      // The work is the trustees' certificates, then each voter's credential.
      long total = Math.max(1, scheme.count() + voters.values().stream().mapToLong(Long::longValue).sum());
      long done = scheme.count();

      Path keys = write.scratch("trustees");
      if (scheme.isThreshold()) {
        thresholdCeremony(write, keys, group, total);
      } else {
        tool.run(keys, new byte[0], "setup", "generate-trustee-key", "--group", group);
        Files.write(keys.resolve("public_keys.jsons"), Files.readAllBytes(only(keys, ".pubkey")));
        tool.run(keys, new byte[0], "setup", "make-trustees");
        Files.copy(only(keys, ".privkey"), write.file(Layout.TRUSTEE_KEYS + "/1.privkey"));
      }
      Path trustees = keys.resolve("trustees.json");
      Files.copy(trustees, write.file(Layout.TRUSTEES));

      Map<Section, String> elections = new EnumMap<>(Section.class);
      List<String> lines = new ArrayList<>();
      for (Section section : Section.values()) {
        long count = voters.getOrDefault(section, 0L);
        if (count == 0) {
          lines.add(section.key() + ": no voters, no election");
          continue;
        }
        runner.progress().accept(new Progress("open", Math.min(done, total), total, section.key() + ": credentials for " + count + " voters"));
        done += count;
        Path work = write.scratch(section.key());
        String uuid = new String(tool.run(work, new byte[0], "setup", "generate-token"), StandardCharsets.UTF_8).trim();
        Files.copy(runner.directory().resolve(Layout.voters(section)), work.resolve("voters.txt"));
        tool.run(work, new byte[0], "setup", "generate-credentials", "--uuid", uuid, "--group", group, "--file", "voters.txt");
        Files.copy(trustees, work.resolve("trustees.json"));
        Files.write(work.resolve("template.json"), Json.bytes(template(before.name(), section, candidates, ballot)));
        tool.run(work, new byte[0], "setup", "make-election", "--uuid", uuid, "--group", group, "--template", "template.json");
        Path cast = write.file(Layout.archive(Layout.castDirectory(section), uuid)).getParent();
        tool.run(cast, new byte[0], "archive", "init", "--election", work.resolve("election.json").toString(),
            "--trustees", work.resolve("trustees.json").toString(), "--public-creds", only(work, ".pubcreds").toString());
        Files.copy(work.resolve("election.json"), write.file(Layout.election(section)));
        Files.copy(only(work, ".privcreds"), write.file(Layout.privateCredentials(section)));
        Files.copy(only(work, ".pubcreds"), write.file(Layout.publicCredentials(section)));
        elections.put(section, uuid);
        lines.add(section.key() + ": election " + uuid + ", " + count + " credentials");
      }
      if (elections.isEmpty()) {
        return StepOutcome.refused(new StepRefused("open", "finds no section with voters", "redo `scrutineer contest electorate`"));
      }
      write.commit(before.withElections(elections).withBallot(ballot, group));
      lines.add(ballot == BallotKind.RANKED
          ? "ballot: a ranking of the " + candidates.size() + " candidates (non-homomorphic question, " + group
              + "), counted by the alternative vote (irv) over every section"
          : "ballot: one of the " + candidates.size() + " candidates, or blank (homomorphic question, " + group + ")");
      lines.add(scheme.isThreshold()
          ? "trustees: " + scheme + " threshold trustees, shared by every section: any " + scheme.threshold() + " of the " + scheme.count()
              + " decrypt together (their keys in " + Layout.TRUSTEE_KEYS + "/N.key and N.dkey)"
          : "trustees: one key, shared by every section (private key in " + Layout.TRUSTEE_KEYS + "/)");
      return new StepOutcome.Done(lines);
    });
  }

  /**
   * The election template (spec 2.0 §4.10): one question — the candidates, a blank vote allowed
   * (§4.9.1); or, for a ranked ballot, a non-homomorphic question over the candidates (§4.9.2), as
   * belenios-tool's {@code questions-stv.json}, answered with each candidate's rank (1 = first, 0 =
   * not ranked).
   */
  private static ObjectNode template(String contest, Section section, List<String> candidates, BallotKind ballot) {
    ObjectNode template = Json.object();
    template.put("description", contest + ": the " + section.key().replace('_', ' ') + " section's ballot");
    template.put("name", contest + " (" + section.key() + ")");
    if (ballot == BallotKind.RANKED) {
      ObjectNode question = template.putArray("questions").addObject();
      question.put("type", "NonHomomorphic");
      ObjectNode value = question.putObject("value");
      ArrayNode answers = value.putArray("answers");
      candidates.forEach(answers::add);
      value.put("question", "Leader: rank the candidates (1 = first preference)");
      return template;
    }
    ObjectNode question = template.putArray("questions").addObject();
    ArrayNode answers = question.putArray("answers");
    candidates.forEach(answers::add);
    question.put("blank", true);
    question.put("min", 1);
    question.put("max", 1);
    question.put("question", "Leader");
    return template;
  }

  /** Every credential issued at {@code open}, from the authority's {@code PUB,,LOGIN} lists. */
  static IssuedCredentials issued(ContestDirectory contest) throws IOException {
    ContestFile file = contest.read().orElseThrow();
    List<IssuedCredential> issued = new ArrayList<>();
    for (Section section : file.elections().keySet()) {
      JsonNode list = Json.read(Files.readAllBytes(contest.resolve(Layout.publicCredentials(section))), Layout.publicCredentials(section));
      for (JsonNode entry : list) {
        String[] parts = entry.asText().split(",", 3);
        issued.add(new IssuedCredential(parts[2], section, parts[0]));
      }
    }
    return new IssuedCredentials(issued);
  }

  private static Path only(Path directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> found = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
      if (found.size() != 1) {
        throw new IOException("expected one *" + suffix + " in " + directory + ", found " + found.size());
      }
      return found.get(0);
    }
  }
}
