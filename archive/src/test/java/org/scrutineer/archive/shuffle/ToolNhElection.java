package org.scrutineer.archive.shuffle;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.BeleniosTool;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A small election with one ranked (non-homomorphic) question, set up, voted and tallied by
 * belenios-tool alone, as {@code /usr/share/doc/belenios-tool/examples/demo-nh.sh} does, in a
 * directory holding its {@code UUID.bel} and the trustee's private key; and what a test reads back
 * from the archive with our {@link ArchiveReader}.
 */
final class ToolNhElection {
  static final String TEMPLATE =
      "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"type\":\"NonHomomorphic\",\"value\":"
          + "{\"answers\":[\"A\",\"B\",\"C\"],\"question\":\"Rank\"}}]}";
  /** RFC-3526-2048: belenios-tool 2.0 cannot encode NH answers in BELENIOS-2048 ("of_bits: missing parameters"). */
  static final String GROUP = "RFC-3526-2048";

  final BeleniosTool tool;
  final Path dir;

  private ToolNhElection(BeleniosTool tool, Path dir) {
    this.tool = tool;
    this.dir = dir;
  }

  /** Setup, one ballot per vote (e.g. "[[2,1,3]]"), EndBallots and the EncryptedTally event. */
  static ToolNhElection tallied(BeleniosTool tool, Path dir, List<String> votes) throws Exception {
    ToolNhElection e = new ToolNhElection(tool, dir);
    String uuid = e.ok("", "setup", "generate-token").trim();
    e.ok("", "setup", "generate-credentials", "--uuid", uuid, "--group", GROUP, "--count", Integer.toString(votes.size()));
    Files.move(e.only(".pubcreds"), dir.resolve("public_creds.json"));
    List<String> credentials = Files.readAllLines(e.only(".privcreds")).stream()
        .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    e.ok("", "setup", "generate-trustee-key", "--group", GROUP);
    Files.copy(e.only(".pubkey"), dir.resolve("public_keys.jsons"));
    e.ok("", "setup", "make-trustees");
    Files.writeString(dir.resolve("template.json"), TEMPLATE);
    e.ok("", "setup", "make-election", "--uuid", uuid, "--group", GROUP, "--template", "template.json");
    e.ok("", "archive", "init");
    for (String name : List.of("election.json", "trustees.json", "public_creds.json", "public_keys.jsons")) {
      Files.delete(dir.resolve(name));
    }
    for (int i = 0; i < votes.size(); i++) {
      Path cred = Files.writeString(dir.resolve("cred" + i + ".txt"), credentials.get(i) + "\n");
      Path vote = Files.writeString(dir.resolve("vote" + i + ".json"), votes.get(i) + "\n");
      String ballot = e.ok("", "election", "generate-ballot", "--privcred", cred.toString(), "--ballot", vote.toString());
      e.ok(ballot, "archive", "add-event", "--type=Ballot");
    }
    e.ok("", "archive", "add-event", "--type=EndBallots");
    e.ok(e.ok("", "election", "compute-encrypted-tally"), "archive", "add-event", "--type=EncryptedTally");
    return e;
  }

  /** The election whose single {@code UUID.bel} is in {@code dir}, only to {@link #read} it. */
  static ToolNhElection at(Path dir) {
    return new ToolNhElection(null, dir);
  }

  /** A copy of this election's directory (archive and key), to take another path from here. */
  ToolNhElection copyTo(Path other) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bel") || f.toString().endsWith(".privkey")).toList()) {
        Files.copy(file, other.resolve(file.getFileName()));
      }
    }
    return new ToolNhElection(tool, other);
  }

  /** What the archive holds, read with our archive reader. */
  Contents read() throws Exception {
    Map<String, byte[]> data = new HashMap<>();
    Optional<byte[]> setup = Optional.empty();
    Optional<byte[]> sized = Optional.empty();
    List<byte[]> shuffles = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.open(only(".bel"))) {
      for (Optional<EventBlock> next = reader.nextBlock(); next.isPresent(); next = reader.nextBlock()) {
        EventBlock block = next.get();
        for (DataItem item : block.data()) {
          data.put(item.hash(), item.entry().data());
        }
        byte[] payload = block.payload().map(d -> d.entry().data()).orElse(null);
        EventType type = block.event().event().type();
        if (type == EventType.Setup) setup = Optional.of(payload);
        if (type == EventType.EncryptedTally) sized = Optional.of(payload);
        if (type == EventType.Shuffle) shuffles.add(payload);
      }
    }
    String electionHash = new ObjectMapper().readTree(setup.orElseThrow()).get("election").asText();
    Election election = Election.parse(data.get(electionHash));
    EncryptedTally tally = EncryptedTally.parse(data.get(SizedEncryptedTally.parse(sized.orElseThrow()).encryptedTally()));
    List<List<Ciphertext>> nh = new ArrayList<>();
    for (int i = 0; i < election.questions().size(); i++) {
      if (election.questions().get(i) instanceof NonHomomorphicQuestion) nh.add(tally.questions().get(i));
    }
    List<Shuffle> parsed = new ArrayList<>();
    for (byte[] owned : shuffles) {
      parsed.add(Shuffle.parse(data.get(OwnedPayload.parse(owned, "owned_shuffle").payload())));
    }
    return new Contents(election, nh, parsed);
  }

  /** The election, its tally's NH ciphertexts and the Shuffle events' shuffles, in order. */
  record Contents(Election election, List<List<Ciphertext>> tally, List<Shuffle> shuffles) {
    /** The input of the next shuffle: the last shuffle's ciphertexts, or the tally's. */
    List<List<Ciphertext>> latest() {
      return shuffles.isEmpty() ? tally : shuffles.get(shuffles.size() - 1).ciphertexts();
    }
  }

  /** Appends {@code shuffle} by {@code owner} as a Shuffle event, the two lines `election shuffle` prints. */
  void appendShuffle(Shuffle shuffle, int owner) throws Exception {
    byte[] json = shuffle.toJson();
    String hash = Sha256.hex(json);
    String lines = new String(json, StandardCharsets.UTF_8) + "\n"
        + new String(new OwnedPayload(owner, hash).toJson(), StandardCharsets.UTF_8) + "\n";
    ok(lines, "archive", "add-event", "--type=Shuffle");
  }

  BeleniosTool.Result verify() throws Exception {
    return tool.tryRun(dir, new byte[0], "election", "verify");
  }

  String ok(String stdin, String... args) throws Exception {
    BeleniosTool.Result result = tool.tryRun(dir, stdin.getBytes(StandardCharsets.UTF_8), args);
    if (result.exitCode() != 0) {
      fail("belenios-tool " + String.join(" ", args) + " exited " + result.exitCode() + ": " + result.stderr());
    }
    return new String(result.stdout(), StandardCharsets.UTF_8);
  }

  Path only(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
      if (found.size() != 1) fail("expected one *" + suffix + " in " + dir + ", found " + found);
      return found.get(0);
    }
  }
}
