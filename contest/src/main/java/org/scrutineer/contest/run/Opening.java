package org.scrutineer.contest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.directory.ContestFile;
import org.scrutineer.contest.directory.Json;
import org.scrutineer.contest.error.StepRefused;
import org.scrutineer.contest.removal.IssuedCredential;
import org.scrutineer.contest.removal.IssuedCredentials;
import org.scrutineer.contest.step.Step;
import org.scrutineer.electorate.register.Section;

/**
 * {@code open} (docs/adr/0012-contest-design.md): one trustee key and {@code trustees/trustees.json}
 * shared by every section; for each section with voters its own election — token, credentials for
 * its voters only, {@code make-election} with the ballot's one question (the candidates, a blank vote
 * allowed) — and its ballot box {@code sections/SECTION/cast/UUID.bel}. The steps are belenios-tool's
 * {@code setup} and {@code archive init}, run through the {@link BeleniosTool}.
 *
 * <p>The one trustee's private key is kept in {@code private/trustees/} so that {@code tally} can
 * decrypt on this machine; a real contest keeps it with its trustee (threshold trustees are a later
 * step of issue #7).
 */
final class Opening {
  private final ContestRunner runner;

  Opening(ContestRunner runner) {
    this.runner = runner;
  }

  StepOutcome open() throws IOException {
    return runner.step(Step.OPEN, (write, before) -> {
      List<String> candidates = runner.candidates();
      Map<Section, Long> voters = runner.votersBySection();
      BeleniosTool tool = runner.tool();
      String group = before.group();

      Path keys = write.scratch("trustees");
      tool.run(keys, new byte[0], "setup", "generate-trustee-key", "--group", group);
      Files.write(keys.resolve("public_keys.jsons"), Files.readAllBytes(only(keys, ".pubkey")));
      tool.run(keys, new byte[0], "setup", "make-trustees");
      Path trustees = keys.resolve("trustees.json");
      Files.copy(trustees, write.file(Layout.TRUSTEES));
      Files.copy(only(keys, ".privkey"), write.file(Layout.TRUSTEE_KEYS + "/1.privkey"));

      Map<Section, String> elections = new EnumMap<>(Section.class);
      List<String> lines = new ArrayList<>();
      for (Section section : Section.values()) {
        long count = voters.getOrDefault(section, 0L);
        if (count == 0) {
          lines.add(section.key() + ": no voters, no election");
          continue;
        }
        runner.progress().accept(section.key() + ": credentials for " + count + " voters");
        Path work = write.scratch(section.key());
        String uuid = new String(tool.run(work, new byte[0], "setup", "generate-token"), StandardCharsets.UTF_8).trim();
        Files.copy(runner.directory().resolve(Layout.voters(section)), work.resolve("voters.txt"));
        tool.run(work, new byte[0], "setup", "generate-credentials", "--uuid", uuid, "--group", group, "--file", "voters.txt");
        Files.copy(trustees, work.resolve("trustees.json"));
        Files.write(work.resolve("template.json"), Json.bytes(template(before.name(), section, candidates)));
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
      write.commit(before.withElections(elections));
      lines.add("trustees: one key, shared by every section (private key in " + Layout.TRUSTEE_KEYS + "/)");
      return new StepOutcome.Done(lines);
    });
  }

  /** The election template (spec 2.0 §4.10): one question, the candidates, a blank vote allowed. */
  private static ObjectNode template(String contest, Section section, List<String> candidates) {
    ObjectNode template = Json.object();
    template.put("description", contest + ": the " + section.key().replace('_', ' ') + " section's ballot");
    template.put("name", contest + " (" + section.key() + ")");
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
