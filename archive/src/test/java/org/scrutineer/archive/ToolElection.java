package org.scrutineer.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small election set up by the real belenios-tool in a test directory, as demo.sh does: three
 * weighted voters, one trustee, one question with blank. Keeps the set-up files, which
 * {@code archive init} would otherwise leave for the caller to delete.
 */
final class ToolElection {
  static final String TEMPLATE = "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"A\",\"B\"],"
      + "\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Q?\"}]}";

  final BeleniosTool tool;
  final Path dir;
  final String uuid;
  final List<String> credentials;

  private ToolElection(BeleniosTool tool, Path dir, String uuid, List<String> credentials) {
    this.tool = tool;
    this.dir = dir;
    this.uuid = uuid;
    this.credentials = credentials;
  }

  /** Set-up files in {@code dir}: election.json, trustees.json, public_creds.json, one .privkey. */
  static ToolElection setUp(BeleniosTool tool, Path dir) throws IOException, InterruptedException {
    String uuid = tool.runText(dir, "", "setup", "generate-token").trim();
    Files.writeString(dir.resolve("voters.txt"), "v1@x.org,v1,1\nv2@x.org,v2,2\nv3@x.org,v3,3\n");
    tool.runText(dir, "", "setup", "generate-credentials", "--uuid", uuid, "--group", "BELENIOS-2048",
        "--file", "voters.txt");
    Path pub = only(dir, ".pubcreds");
    Files.move(pub, dir.resolve("public_creds.json"));
    List<String> credentials = Files.readAllLines(only(dir, ".privcreds")).stream()
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .collect(Collectors.toList());
    tool.runText(dir, "", "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    Files.copy(only(dir, ".pubkey"), dir.resolve("public_keys.jsons"));
    tool.runText(dir, "", "setup", "make-trustees");
    Files.writeString(dir.resolve("template.json"), TEMPLATE);
    tool.runText(dir, "", "setup", "make-election", "--uuid", uuid, "--group", "BELENIOS-2048",
        "--template", "template.json");
    return new ToolElection(tool, dir, uuid, credentials);
  }

  byte[] file(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  Path bel() {
    return dir.resolve(uuid + ".bel");
  }

  /** A ballot for voter {@code voter} (0-based) choosing {@code choice} (e.g. "[[0,1,0]]"). */
  String ballot(int voter, String choice) throws IOException, InterruptedException {
    Path cred = Files.writeString(dir.resolve("cred" + voter + ".txt"), credentials.get(voter) + "\n");
    Path vote = Files.writeString(dir.resolve("vote.json"), choice + "\n");
    return tool.runText(dir, "", "election", "generate-ballot", "--privcred", cred.toString(),
        "--ballot", vote.toString()).trim();
  }

  /** Lines printed by {@code belenios-tool election ARGS} (e.g. compute-encrypted-tally). */
  List<String> lines(String... args) throws IOException, InterruptedException {
    return tool.runText(dir, "", args).lines().collect(Collectors.toList());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).collect(Collectors.toList());
      if (found.size() != 1) throw new IllegalStateException("expected one *" + suffix + " in " + dir + ": " + found);
      return found.get(0);
    }
  }
}
